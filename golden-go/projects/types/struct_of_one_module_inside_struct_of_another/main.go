package main

import (
	"fmt"
	"golden/projects/types/struct_of_one_module_inside_struct_of_another/geo"
	"golden/projects/types/struct_of_one_module_inside_struct_of_another/shapes"
)

func main() {
	c := shapes.Unit_at(geo.Point{X: 2, Y: 3})
	d := shapes.Circle{Center: c.Center, Radius: 5}
	fmt.Println(c)
	fmt.Println(d.Center.X + d.Radius)
}
