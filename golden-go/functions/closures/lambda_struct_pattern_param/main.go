package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Point struct {
	x int
	y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

func main() {
	pts := []Point{Point{x: 1, y: 2}, Point{x: -3, y: 4}}
	products := lisette.SliceMap(pts, func(arg Point) int {
		x := arg.x
		y := arg.y
		return x * y
	})
	xs := lisette.SliceMap(pts, func(arg2 Point) int {
		x := arg2.x
		return x
	})
	fmt.Println(products)
	fmt.Println(xs)
}
