package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type GeometryTag int

const (
	GeometryBox GeometryTag = iota
	GeometryLine
)

type Geometry struct {
	Tag    GeometryTag
	Width  int
	Height int
	Line   int
}

func (v Geometry) String() string {
	switch v.Tag {
	case GeometryBox:
		return "Geometry.Box { width: " + lisette.FormatValue(v.Width) + ", height: " + lisette.FormatValue(v.Height) + " }"
	}
	return "Geometry.Line(" + lisette.FormatValue(v.Line) + ")"
}

func make_box(width int) Geometry {
	height := width / 2
	return Geometry{Tag: GeometryBox, Width: width, Height: height}
}

func main() {
	fmt.Println(make_box(10))
	fmt.Println(Geometry{Tag: GeometryLine, Line: 4})
}
