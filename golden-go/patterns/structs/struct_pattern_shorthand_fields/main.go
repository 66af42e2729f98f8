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

func manhattan(p Point) int {
	x := p.x
	y := p.y
	var ax int
	if x < 0 {
		ax = -x
	} else {
		ax = x
	}
	var ay int
	if y < 0 {
		ay = -y
	} else {
		ay = y
	}
	return ax + ay
}

func main() {
	fmt.Println(manhattan(Point{x: 3, y: -4}))
	fmt.Println(manhattan(Point{x: -1, y: -1}))
}
