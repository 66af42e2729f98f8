package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
}

type Rect struct {
	w float64
	h float64
}

func (v Rect) String() string {
	return "Rect { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

func (self Rect) Area() float64 {
	return self.w * self.h
}

func main() {
	room := Rect{w: 3.0, h: 4.0}
	var live Shape = &room
	var frozen Shape = room
	room.w = 5.0
	fmt.Println(live.Area(), frozen.Area(), room.Area())
}
