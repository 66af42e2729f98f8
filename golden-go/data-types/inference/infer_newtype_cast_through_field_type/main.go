package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

type Feet float64

func (v Feet) String() string {
	return "Feet(" + lisette.FormatValue(float64(v)) + ")"
}

func to_feet(m Meters) Feet {
	raw := float64(m)
	feet := raw * 3.25
	return Feet(feet)
}

func main() {
	fmt.Println(to_feet(Meters(2.0)))
}
