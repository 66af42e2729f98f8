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

func relation(p Point) string {
	x := p.x
	y := p.y
	if x == y {
		return "on the diagonal"
	}
	x2 := p.x
	y2 := p.y
	if x2 == -y2 {
		return "on the anti-diagonal"
	}
	x3 := p.x
	y3 := p.y
	if x3 > y3 {
		return "below"
	}
	return "above"
}

func main() {
	fmt.Println(relation(Point{x: 3, y: 3}))
	fmt.Println(relation(Point{x: 2, y: -2}))
	fmt.Println(relation(Point{x: 5, y: 1}))
	fmt.Println(relation(Point{x: 0, y: 4}))
}
