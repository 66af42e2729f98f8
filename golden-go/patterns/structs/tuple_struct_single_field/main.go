package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

func add(a, b Meters) Meters {
	x := float64(a)
	y := float64(b)
	return Meters(x + y)
}

func main() {
	total := add(Meters(1.5), Meters(2.25))
	m := float64(total)
	fmt.Println(m)
}
