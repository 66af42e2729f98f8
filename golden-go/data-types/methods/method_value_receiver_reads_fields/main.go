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

func (self Rect) Area() float64 {
	return self.w * self.h
}

func (self Rect) Perimeter() float64 {
	return 2.0 * (self.w + self.h)
}

func main() {
	r := Rect{w: 3.0, h: 1.5}
	fmt.Println(r.Area(), r.Perimeter())
}
