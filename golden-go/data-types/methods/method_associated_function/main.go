package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Rect struct {
	w float64
	h float64
}

func (v Rect) String() string {
	return "Rect { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

func Rect_square(side float64) Rect {
	return Rect{w: side, h: side}
}

func (self Rect) Area() float64 {
	return self.w * self.h
}

func main() {
	sq := Rect_square(2.5)
	fmt.Println(sq, sq.Area())
}
