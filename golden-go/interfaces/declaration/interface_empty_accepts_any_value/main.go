package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Anything interface{}

type Point struct {
	x int
	y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

func show(label string, v Anything) {
	fmt.Printf("%v: %v\n", label, v)
}

func main() {
	show("int", 42)
	show("text", "hi")
	show("point", Point{x: 1, y: 2})
	bag := []Anything{1, "two", 3.5, true}
	fmt.Println(bag)
	fmt.Println(len(bag))
}
