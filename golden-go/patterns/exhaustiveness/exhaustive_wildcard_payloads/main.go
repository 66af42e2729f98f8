package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeRect ShapeTag = iota
	ShapeCircle
	ShapeLabeled
)

type Shape struct {
	Tag    ShapeTag
	Rect0  float64
	Rect1  float64
	Circle float64
	Name   string
	Sides  int
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeRect:
		return "Shape.Rect(" + lisette.FormatValue(v.Rect0) + ", " + lisette.FormatValue(v.Rect1) + ")"
	case ShapeCircle:
		return "Shape.Circle(" + lisette.FormatValue(v.Circle) + ")"
	}
	return "Shape.Labeled { name: " + lisette.FormatValue(v.Name) + ", sides: " + lisette.FormatValue(v.Sides) + " }"
}

func kind(s Shape) string {
	switch s.Tag {
	case ShapeRect:
		return "rectangle"
	case ShapeCircle:
		return "circle"
	case ShapeLabeled:
		return "labeled"
	}
	panic("unreachable")
}

func main() {
	fmt.Println(kind(Shape{Tag: ShapeRect, Rect0: 1.0, Rect1: 2.0}), kind(Shape{Tag: ShapeCircle, Circle: 3.0}), kind(Shape{Tag: ShapeLabeled, Name: "hex", Sides: 6}))
}
