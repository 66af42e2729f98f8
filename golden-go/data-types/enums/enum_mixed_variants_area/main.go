package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeCircle ShapeTag = iota
	ShapeRect
	ShapeDot
)

type Shape struct {
	Tag    ShapeTag
	Circle float64
	W      float64
	H      float64
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeCircle:
		return "Shape.Circle(" + lisette.FormatValue(v.Circle) + ")"
	case ShapeRect:
		return "Shape.Rect { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
	}
	return "Shape.Dot"
}

func area(s Shape) float64 {
	switch s.Tag {
	case ShapeCircle:
		r := s.Circle
		return 3.0 * r * r
	case ShapeRect:
		w := s.W
		h := s.H
		return w * h
	case ShapeDot:
		return 0.0
	}
	panic("unreachable")
}

func main() {
	shapes := []Shape{Shape{Tag: ShapeCircle, Circle: 1.0}, Shape{Tag: ShapeRect, W: 2.0, H: 1.5}, Shape{Tag: ShapeDot}}
	for _, s := range shapes {
		fmt.Println(s, area(s))
	}
}
