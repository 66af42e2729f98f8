package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Rgb struct {
	F0 uint8
	F1 uint8
	F2 uint8
}

func (v Rgb) String() string {
	return "Rgb(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ", " + lisette.FormatValue(v.F2) + ")"
}

func brightness(c Rgb) int {
	return (int(c.F0) + int(c.F1) + int(c.F2)) / 3
}

func main() {
	orange := Rgb{F0: 255, F1: 128, F2: 0}
	fmt.Println(orange)
	fmt.Println(orange.F0, orange.F2)
	fmt.Println(brightness(orange))
}
