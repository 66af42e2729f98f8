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

func mirror(p Point) Point {
	x := p.y
	y := p.x
	return Point{x: x, y: y}
}

func main() {
	x := 7
	p := Point{x: x, y: x * 2}
	fmt.Println(p, mirror(p))
}
