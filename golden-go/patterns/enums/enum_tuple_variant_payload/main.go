package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeCircle ShapeTag = iota
	ShapeRect
	ShapeTriangle
)

type Shape struct {
	Tag       ShapeTag
	Circle    float64
	Rect0     float64
	Rect1     float64
	Triangle0 float64
	Triangle1 float64
	Triangle2 float64
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeCircle:
		return "Shape.Circle(" + lisette.FormatValue(v.Circle) + ")"
	case ShapeRect:
		return "Shape.Rect(" + lisette.FormatValue(v.Rect0) + ", " + lisette.FormatValue(v.Rect1) + ")"
	}
	return "Shape.Triangle(" + lisette.FormatValue(v.Triangle0) + ", " + lisette.FormatValue(v.Triangle1) + ", " + lisette.FormatValue(v.Triangle2) + ")"
}

func perimeter(s Shape) float64 {
	switch s.Tag {
	case ShapeCircle:
		r := s.Circle
		return 2.0 * 3.0 * r
	case ShapeRect:
		w := s.Rect0
		h := s.Rect1
		return 2.0 * (w + h)
	case ShapeTriangle:
		a := s.Triangle0
		b := s.Triangle1
		c := s.Triangle2
		return a + b + c
	}
	panic("unreachable")
}

func main() {
	fmt.Println(perimeter(Shape{Tag: ShapeCircle, Circle: 0.5}))
	fmt.Println(perimeter(Shape{Tag: ShapeRect, Rect0: 2.0, Rect1: 3.5}))
	fmt.Println(perimeter(Shape{Tag: ShapeTriangle, Triangle0: 3.0, Triangle1: 4.0, Triangle2: 5.0}))
}
