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
	path := []Point{Point{x: 0, y: 0}, Point{x: 1, y: 1}, Point{x: 2, y: 4}}
	path[1].x = 5
	path[2].y += 10
	fmt.Println(path)
}
