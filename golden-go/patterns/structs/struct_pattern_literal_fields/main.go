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

func quadrant_hint(p Point) string {
	if p.x == 0 {
		if p.y == 0 {
			return "origin"
		}
		y := p.y
		return fmt.Sprintf("y-axis %v", y)
	}
	if p.y == 0 {
		x := p.x
		return fmt.Sprintf("x-axis %v", x)
	}
	x := p.x
	y := p.y
	return fmt.Sprintf("plane %v %v", x, y)
}

func main() {
	fmt.Println(quadrant_hint(Point{x: 0, y: 0}))
	fmt.Println(quadrant_hint(Point{x: 0, y: 9}))
	fmt.Println(quadrant_hint(Point{x: 4, y: 0}))
	fmt.Println(quadrant_hint(Point{x: 1, y: 2}))
}
