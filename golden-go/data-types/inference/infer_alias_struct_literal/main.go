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

func shift(p Point) Point {
	return Point{x: p.x + 1, y: p.y}
}

func main() {
	a := Point{x: 1, y: 2}
	b := shift(a)
	fmt.Println(a, b, a == Point{x: 1, y: 2})
}
