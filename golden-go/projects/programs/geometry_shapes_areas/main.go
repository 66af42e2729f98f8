package main

import (
	"fmt"
	"golden/projects/programs/geometry_shapes_areas/geo"
	"golden/projects/programs/geometry_shapes_areas/shapes"
)

func main() {
	all := []shapes.Shape{shapes.Shape{Tag: shapes.ShapeCircle, Circle0: geo.Point{X: 0, Y: 0}, Circle1: 2}, shapes.Shape{Tag: shapes.ShapeRect, Rect0: geo.Point{X: 1, Y: 1}, Rect1: geo.Point{X: 4, Y: -1}}, shapes.Shape{Tag: shapes.ShapePoly, Poly: []geo.Point{geo.Point{X: 0, Y: 0}, geo.Point{X: 4, Y: 0}, geo.Point{X: 0, Y: 3}}}}
	total := 0
	for _, s := range all {
		fmt.Println(s.Name(), s.Area_x2()/2)
		total += s.Area_x2()
	}
	fmt.Println("total", total/2)
	fmt.Println(all[1])
}
