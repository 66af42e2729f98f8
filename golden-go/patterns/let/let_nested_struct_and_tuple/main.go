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

type Tag string

func (v Tag) String() string {
	return "Tag(" + lisette.FormatValue(string(v)) + ")"
}

func main() {
	labelled := lisette.Tuple2[Point, Tag]{First: Point{x: 4, y: 9}, Second: Tag("home")}
	x := labelled.First.x
	name := string(labelled.Second)
	fmt.Println(name, x)
	subject := Point{x: 0, y: 5}
	a := 1
	b := 2
	y := subject.y
	fmt.Println(a + b + y)
}
