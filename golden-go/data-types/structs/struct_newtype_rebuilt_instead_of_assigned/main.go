package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meters float64

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(float64(v)) + ")"
}

func main() {
	distance := Meters(1.5)
	for i := 0; i < 3; i++ {
		distance = Meters(float64(distance) + 1.5)
	}
	fmt.Println(distance)
}
