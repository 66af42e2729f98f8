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
	p := Point{x: 3, y: -4}
	fmt.Println(p)
	fmt.Println(p.x, p.y)
	fmt.Println(p.x*p.x + p.y*p.y)
}
