package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
}

type Circle struct {
	r float64
}

func (v Circle) String() string {
	return "Circle { r: " + lisette.FormatValue(v.r) + " }"
}

func (self Circle) Area() float64 {
	return 3.0 * self.r * self.r
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

func total_area(shapes []Shape) float64 {
	return lisette.SliceFold(shapes, 0.0, func(acc float64, s Shape) float64 {
		return acc + s.Area()
	})
}

func main() {
	c := Circle{r: 1.0}
	sq := Square{side: 2.0}
	shapes := []Shape{c, sq}
	fmt.Println(total_area(shapes))
	fmt.Println(total_area([]Shape{Circle{r: 2.0}, Circle{r: 0.5}}))
}
