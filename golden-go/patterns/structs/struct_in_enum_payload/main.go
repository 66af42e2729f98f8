package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Point struct {
	x int
	y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

type FigureTag int

const (
	FigureDot FigureTag = iota
	FigureSegment
)

type Figure struct {
	Tag      FigureTag
	Dot      Point
	Segment0 Point
	Segment1 Point
}

func (v Figure) String() string {
	switch v.Tag {
	case FigureDot:
		return "Figure.Dot(" + lisette.FormatValue(v.Dot) + ")"
	}
	return "Figure.Segment(" + lisette.FormatValue(v.Segment0) + ", " + lisette.FormatValue(v.Segment1) + ")"
}

func touches_origin(f Figure) bool {
	if f.Tag == FigureDot {
		if f.Dot.x == 0 && f.Dot.y == 0 {
			return true
		}
		return false
	}
	if f.Segment0.x == 0 && f.Segment0.y == 0 {
		return true
	}
	if f.Segment1.x == 0 && f.Segment1.y == 0 {
		return true
	}
	return false
}

func main() {
	o := Point{x: 0, y: 0}
	p := Point{x: 2, y: 3}
	fmt.Println(touches_origin(Figure{Tag: FigureDot, Dot: o}), touches_origin(Figure{Tag: FigureDot, Dot: p}))
	fmt.Println(touches_origin(Figure{Tag: FigureSegment, Segment0: p, Segment1: o}), touches_origin(Figure{Tag: FigureSegment, Segment0: p, Segment1: p}))
}
