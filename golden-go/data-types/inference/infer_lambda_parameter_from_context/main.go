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
	points := []Point{Point{x: 1, y: 5}, Point{x: 4, y: 2}}
	xs := lisette.SliceMap(points, func(p Point) int {
		return p.x
	})
	far := lisette.SliceFilter(points, func(p Point) bool {
		return p.x > p.y
	})
	fmt.Println(xs, far)
}
