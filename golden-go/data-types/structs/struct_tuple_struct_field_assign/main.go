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

func main() {
	c := Rgb{F0: 10, F1: 20, F2: 30}
	c.F0 = 200
	c.F2 += 5
	fmt.Println(c)
}
