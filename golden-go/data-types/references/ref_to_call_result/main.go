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

func origin() Point {
	return Point{x: 0, y: 0}
}

func main() {
	r := lisette.Ptr(origin())
	r.x = 5
	fmt.Println(r)
	fmt.Println(origin())
}
