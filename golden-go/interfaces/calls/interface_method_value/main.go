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

func (self Square) Area() float64 {
	return self.side * self.side
}

func main() {
	var shape Shape = Square{side: 2.0}
	measure := shape.Area
	shape = Square{side: 5.0}
	fmt.Println(measure(), shape.Area())
}
