package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
}

type Square struct {
	side float64
}

func (v Square) String() string {
	return "Square { side: " + lisette.FormatValue(v.side) + " }"
}

type Rect struct {
	w float64
	h float64
}

func (v Rect) String() string {
	return "Rect { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

func (self Square) Area() float64 {
	return self.side * self.side
}

func (self Rect) Area() float64 {
	return self.w * self.h
}

func parse_shape(kind string, size float64) lisette.Result[Shape, string] {
	switch kind {
	case "square":
		return lisette.MakeResultOk[Shape, string](Square{side: size})
	case "rect":
		return lisette.MakeResultOk[Shape, string](Rect{w: size, h: 2.0})
	default:
		return lisette.MakeResultErr[Shape, string](fmt.Sprintf("unknown shape %v", kind))
	}
}

func main() {
	for _, kind := range []string{"square", "rect", "hexagon"} {
		subject := parse_shape(kind, 2.5)
		if subject.Tag == lisette.ResultOk {
			s := subject.OkVal
			fmt.Println(kind, s.Area())
		} else {
			msg := subject.ErrVal
			fmt.Println(msg)
		}
	}
}
