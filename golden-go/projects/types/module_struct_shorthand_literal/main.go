package main

import (
	"fmt"
	"golden/projects/types/module_struct_shorthand_literal/geo"
)

func main() {
	x := 4
	y := -2
	p := geo.Point{X: x, Y: y}
	fmt.Println(p)
}
