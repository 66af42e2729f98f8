package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeSquare ShapeTag = iota
	ShapeDot
)

type Shape struct {
	Tag  ShapeTag
	Side int
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeSquare:
		return "Shape.Square { side: " + lisette.FormatValue(v.Side) + " }"
	}
	return "Shape.Dot"
}

func main() {
	fmt.Println(Shape{Tag: ShapeSquare, Side: 2}, Shape{Tag: ShapeDot})
}
