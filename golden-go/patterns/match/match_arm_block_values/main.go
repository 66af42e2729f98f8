package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeSquare ShapeTag = iota
	ShapeRect
)

type Shape struct {
	Tag    ShapeTag
	Square int
	W      int
	H      int
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeSquare:
		return "Shape.Square(" + lisette.FormatValue(v.Square) + ")"
	}
	return "Shape.Rect { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
}

func describe(s Shape) string {
	if s.Tag == ShapeSquare {
		side := s.Square
		area := side * side
		return fmt.Sprintf("square of area %v", area)
	}
	w := s.W
	h := s.H
	area := w * h
	var kind string
	if w > h {
		kind = "wide"
	} else {
		kind = "tall"
	}
	return fmt.Sprintf("%v rectangle of area %v", kind, area)
}

func main() {
	fmt.Println(describe(Shape{Tag: ShapeSquare, Square: 3}))
	fmt.Println(describe(Shape{Tag: ShapeRect, W: 5, H: 2}))
	fmt.Println(describe(Shape{Tag: ShapeRect, W: 1, H: 4}))
}
