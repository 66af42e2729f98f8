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

func largest[S Shape](v []S) S {
	best := v[0]
	for _, s := range v {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	mixed := []Shape{Square{side: 2.0}, Rect{w: 1.5, h: 3.0}, Square{side: 1.0}}
	big := largest(mixed)
	fmt.Println(big.Area())
	fmt.Println(big)
}
