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

func same[T any](v T) T {
	return v
}

func main() {
	p := same(Point{x: 1, y: 2})
	f := same(0.5)
	s := same("s")
	fmt.Println(p.x+p.y, f*2.0, s+"!")
}
