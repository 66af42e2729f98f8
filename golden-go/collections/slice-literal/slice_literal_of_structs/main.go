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
	path := []Point{Point{x: 0, y: 0}, Point{x: 3, y: 4}}
	fmt.Println(path)
	fmt.Println(path[1].x + path[1].y)
}
