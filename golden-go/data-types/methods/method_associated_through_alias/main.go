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

func Rect_square(side int) Rect {
	return Rect{w: side, h: side}
}

func main() {
	f := Rect_square(4)
	fmt.Println(f)
}
