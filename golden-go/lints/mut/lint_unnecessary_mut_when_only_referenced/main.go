package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meter struct {
	reading int
}

func (v Meter) String() string {
	return "Meter { reading: " + lisette.FormatValue(v.reading) + " }"
}

func advance(m *Meter) {
	m.reading += 5
}

func main() {
	meter := Meter{reading: 10}
	advance(&meter)
	fmt.Println(meter.reading)
}
