package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Circle struct {
	radius float64
}

func (v Circle) String() string {
	return "Circle { radius: " + lisette.FormatValue(v.radius) + " }"
}

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

func to_shape(c Circle) Shape {
	return Shape{Tag: ShapeCircle, Circle: c.radius}
}

func main() {
	c := Circle{radius: 1.5}
	fmt.Println(c, to_shape(c), Shape{Tag: ShapeSquare, Square: 2.0})
}
