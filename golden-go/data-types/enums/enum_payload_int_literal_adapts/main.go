package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeCircle ShapeTag = iota
	ShapeSquare
)

type Shape struct {
	Tag    ShapeTag
	Circle float64
	Square float64
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeCircle:
		return "Shape.Circle(" + lisette.FormatValue(v.Circle) + ")"
	}
	return "Shape.Square(" + lisette.FormatValue(v.Square) + ")"
}

func area(s Shape) float64 {
	if s.Tag == ShapeCircle {
		r := s.Circle
		return 3.0 * r * r
	}
	side := s.Square
	return side * side
}

func main() {
	c := Shape{Tag: ShapeCircle, Circle: 2.0}
	fmt.Println(c, area(c))
	fmt.Println(area(Shape{Tag: ShapeSquare, Square: 3.0}) / 2.0)
}
