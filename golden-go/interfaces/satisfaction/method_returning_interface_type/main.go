package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
	Scaled(k float64) Shape
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

func (self Square) Scaled(k float64) Shape {
	return Square{side: self.side * k}
}

func (self Rect) Area() float64 {
	return self.w * self.h
}

func (self Rect) Scaled(k float64) Shape {
	return Rect{w: self.w * k, h: self.h * k}
}

func main() {
	shapes := []Shape{Square{side: 1.5}, Rect{w: 1.0, h: 3.0}}
	for _, s := range shapes {
		fmt.Println(s.Area(), s.Scaled(2.0).Area(), s.Scaled(2.0).Scaled(0.5).Area())
	}
	fmt.Println(shapes[1].Scaled(3.0))
}
