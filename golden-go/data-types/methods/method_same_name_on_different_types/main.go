package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Square struct {
	side float64
}

func (v Square) String() string {
	return "Square { side: " + lisette.FormatValue(v.side) + " }"
}

type Circle struct {
	radius float64
}

func (v Circle) String() string {
	return "Circle { radius: " + lisette.FormatValue(v.radius) + " }"
}

func (self Square) Area() float64 {
	return self.side * self.side
}

func (self Circle) Area() float64 {
	return 3.0 * self.radius * self.radius
}

func main() {
	fmt.Println(Square{side: 1.5}.Area(), Circle{radius: 2.0}.Area())
}
