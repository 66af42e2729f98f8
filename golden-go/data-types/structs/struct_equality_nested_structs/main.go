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

type Pin struct {
	at   Point
	note lisette.Option[string]
}

func (v Pin) String() string {
	return "Pin { at: " + lisette.FormatValue(v.at) + ", note: " + lisette.FormatValue(v.note) + " }"
}

func main() {
	home := Pin{at: Point{x: 1, y: 2}, note: lisette.MakeOptionSome[string]("home")}
	same := Pin{at: Point{x: 1, y: 2}, note: lisette.MakeOptionSome[string]("home")}
	moved := Pin{at: Point{x: 1, y: 3}, note: lisette.MakeOptionSome[string]("home")}
	blank := Pin{at: Point{x: 1, y: 2}, note: lisette.MakeOptionNone[string]()}
	fmt.Println(home == same, home == moved, home == blank)
}
