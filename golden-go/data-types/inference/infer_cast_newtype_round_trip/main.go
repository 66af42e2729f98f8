package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

func total(parts []Meters) Meters {
	sum := 0.0
	for _, p := range parts {
		sum += float64(p)
	}
	return Meters(sum)
}

func main() {
	km := 1.25
	m := Meters(km)
	parts := []Meters{m, Meters(0.5), Meters(2.0)}
	fmt.Println(m, total(parts))
	fmt.Println(m == Meters(1.25))
}
