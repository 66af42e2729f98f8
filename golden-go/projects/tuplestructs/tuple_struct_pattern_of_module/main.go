package main

import (
	"fmt"
	"golden/projects/tuplestructs/tuple_struct_pattern_of_module/color"
)

func brightness(c color.Rgb) int {
	r := c.F0
	g := c.F1
	b := c.F2
	return (r + g + b) / 3
}

func main() {
	teal := color.Named("teal")
	fmt.Println(teal, brightness(teal))
	fmt.Println(brightness(color.Rgb{F0: 255, F1: 255, F2: 255}))
}
