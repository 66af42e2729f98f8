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
	_ = Point{x: 1, y: 2}
	p := Point{x: 3, y: 4}
	fmt.Println(p)
}
