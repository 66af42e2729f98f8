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

func brightness(c Rgb) int {
	r := c.F0
	g := c.F1
	b := c.F2
	return (r + g + b) / 3
}

func name(c Rgb) string {
	switch c.F0 {
	case 0:
		if c.F1 == 0 && c.F2 == 0 {
			return "black"
		}
		return "some color"
	case 255:
		switch c.F1 {
		case 255:
			if c.F2 == 255 {
				return "white"
			}
			return "some color"
		case 0:
			if c.F2 == 0 {
				r := c.F0
				return fmt.Sprintf("red %v", r)
			}
			return "some color"
		default:
			return "some color"
		}
	default:
		if c.F1 == 0 && c.F2 == 0 {
			r := c.F0
			return fmt.Sprintf("red %v", r)
		}
		return "some color"
	}
}

func main() {
	colors := []Rgb{Rgb{F0: 0, F1: 0, F2: 0}, Rgb{F0: 255, F1: 255, F2: 255}, Rgb{F0: 200, F1: 0, F2: 0}, Rgb{F0: 10, F1: 20, F2: 30}}
	for _, c := range colors {
		fmt.Println(name(c), brightness(c))
	}
}
