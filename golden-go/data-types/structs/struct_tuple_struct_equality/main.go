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

func main() {
	white := Rgb{F0: 255, F1: 255, F2: 255}
	also_white := Rgb{F0: 255, F1: 255, F2: 255}
	ivory := Rgb{F0: 255, F1: 255, F2: 240}
	fmt.Println(white == also_white, white == ivory, white != ivory)
}
