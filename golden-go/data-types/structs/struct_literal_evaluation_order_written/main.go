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

func trace(label string, v int) int {
	fmt.Printf("eval %v\n", label)
	return v
}

func main() {
	p := Point{y: trace("y", 2), x: trace("x", 1)}
	fmt.Println(p)
}
