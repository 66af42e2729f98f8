package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Rect struct {
	w int
	h int
}

func (v Rect) String() string {
	return "Rect { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

func (self Rect) Area() int {
	return self.w * self.h
}

func main() {
	rect := Rect{w: 2, h: 3}
	area := rect.Area
	rect.w = 10
	fmt.Println(area(), rect.Area())
}
