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
	run := Meters(5.0)
	walk := Meters(2.5)
	fmt.Println(run, walk)
	fmt.Println(float64(run) + float64(walk))
}
