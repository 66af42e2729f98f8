package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeSquare ShapeTag = iota
	ShapeCircle
	ShapeRect
)

type Shape struct {
	Tag    ShapeTag
	Square float64
	Circle float64
	Rect0  float64
	Rect1  float64
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeSquare:
		return "Shape.Square(" + lisette.FormatValue(v.Square) + ")"
	case ShapeCircle:
		return "Shape.Circle(" + lisette.FormatValue(v.Circle) + ")"
	}
	return "Shape.Rect(" + lisette.FormatValue(v.Rect0) + ", " + lisette.FormatValue(v.Rect1) + ")"
}

func widest(s Shape) float64 {
	switch s.Tag {
	case ShapeSquare:
		size := s.Square
		return size
	case ShapeCircle:
		size := s.Circle
		return size
	case ShapeRect:
		w := s.Rect0
		h := s.Rect1
		if w > h {
			return w
		} else {
			return h
		}
	}
	panic("unreachable")
}

func main() {
	fmt.Println(widest(Shape{Tag: ShapeSquare, Square: 2.5}))
	fmt.Println(widest(Shape{Tag: ShapeCircle, Circle: 4.0}))
	fmt.Println(widest(Shape{Tag: ShapeRect, Rect0: 1.0, Rect1: 6.5}))
}
