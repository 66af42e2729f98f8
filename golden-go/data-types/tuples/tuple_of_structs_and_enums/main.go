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

type ColorTag int

const (
	ColorRed ColorTag = iota
	ColorBlue
)

type Color struct {
	Tag ColorTag
}

func (v Color) String() string {
	switch v.Tag {
	case ColorRed:
		return "Color.Red"
	}
	return "Color.Blue"
}

func main() {
	marker := lisette.Tuple2[Point, Color]{First: Point{x: 2, y: 3}, Second: Color{Tag: ColorBlue}}
	fmt.Println(marker)
	fmt.Println(marker.First.x, marker.Second == Color{Tag: ColorRed})
}
