package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeCircle ShapeTag = iota
	ShapeSquare
	ShapeEmpty
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
	case ShapeSquare:
		return "Shape.Square(" + lisette.FormatValue(v.Square) + ")"
	}
	return "Shape.Empty"
}

func main() {
	a := Shape{Tag: ShapeCircle, Circle: 1.0}
	fmt.Println(a == Shape{Tag: ShapeCircle, Circle: 1.0})
	fmt.Println(a == Shape{Tag: ShapeCircle, Circle: 2.0})
	fmt.Println(a == Shape{Tag: ShapeSquare, Square: 1.0})
	fmt.Println(Shape{Tag: ShapeEmpty} == Shape{Tag: ShapeEmpty}, Shape{Tag: ShapeEmpty} != a)
}
