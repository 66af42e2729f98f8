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

func main() {
	points := make(chan Point, 2)
	shapes := make(chan Shape, 2)
	pairs := make(chan lisette.Tuple2[string, int], 1)
	maybe := make(chan lisette.Option[int], 2)
	p := Point{x: 1, y: 2}
	points <- p
	p.x = 10
	points <- p
	shapes <- Shape{Tag: ShapeCircle, Circle: 1.5}
	shapes <- Shape{Tag: ShapeSquare, Square: 2.0}
	pairs <- lisette.Tuple2[string, int]{First: "a", Second: 1}
	maybe <- lisette.MakeOptionSome[int](3)
	maybe <- lisette.MakeOptionNone[int]()
	fmt.Println(lisette.ChannelReceive(points), lisette.ChannelReceive(points))
	fmt.Println(lisette.ChannelReceive(shapes), lisette.ChannelReceive(shapes))
	fmt.Println(lisette.ChannelReceive(pairs))
	fmt.Println(lisette.ChannelReceive(maybe), lisette.ChannelReceive(maybe))
}
