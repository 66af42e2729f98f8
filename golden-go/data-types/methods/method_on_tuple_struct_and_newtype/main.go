package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Rgb struct {
	F0 int
	F1 int
	F2 int
}

func (v Rgb) String() string {
	return "Rgb(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ", " + lisette.FormatValue(v.F2) + ")"
}

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

func (self Rgb) Gray() int {
	return (self.F0 + self.F1 + self.F2) / 3
}

func (self Meters) To_centimeters() float64 {
	return float64(self) * 100.0
}

func main() {
	fmt.Println(Rgb{F0: 30, F1: 60, F2: 90}.Gray())
	fmt.Println(Meters(1.75).To_centimeters())
}
