package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Distance interface {
	Meters() float64
}

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

type Steps struct {
	F0 int
	F1 float64
}

func (v Steps) String() string {
	return "Steps(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ")"
}

func (self Meters) Meters() float64 {
	return float64(self)
}

func (self Steps) Meters() float64 {
	return float64(self.F0) * self.F1
}

func main() {
	legs := []Distance{Meters(5.0), Steps{F0: 100, F1: 0.75}}
	for _, d := range legs {
		fmt.Println(d, "=", d.Meters())
	}
}
