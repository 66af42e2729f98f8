package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeRect ShapeTag = iota
	ShapeCircle
)

type Shape struct {
	Tag    ShapeTag
	W      int
	H      int
	Circle int
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeRect:
		return "Shape.Rect { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
	}
	return "Shape.Circle(" + lisette.FormatValue(v.Circle) + ")"
}

func rotate(s Shape) Shape {
	if s.Tag == ShapeRect {
		w := s.W
		h := s.H
		return Shape{Tag: ShapeRect, W: h, H: w}
	}
	r := s.Circle
	return Shape{Tag: ShapeCircle, Circle: r}
}

func main() {
	r := Shape{Tag: ShapeRect, W: 4, H: 1}
	fmt.Println(rotate(r), rotate(Shape{Tag: ShapeCircle, Circle: 2}))
	fmt.Println(r)
}
