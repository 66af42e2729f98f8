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

type Line struct {
	from  Point
	to    Point
	label string
}

func (v Line) String() string {
	return "Line { from: " + lisette.FormatValue(v.from) + ", to: " + lisette.FormatValue(v.to) + ", label: " + lisette.FormatValue(v.label) + " }"
}

func is_vertical(l Line) bool {
	a := l.from.x
	b := l.to.x
	return a == b
}

func main() {
	l1 := Line{from: Point{x: 2, y: 0}, to: Point{x: 2, y: 9}, label: "wall"}
	l2 := Line{from: Point{x: 0, y: 0}, to: Point{x: 5, y: 5}, label: "ramp"}
	fmt.Println(is_vertical(l1), is_vertical(l2))
	y := l2.to.y
	label := l2.label
	fmt.Println(label, y)
}
