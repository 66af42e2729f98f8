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

func total(shapes []Shape) float64 {
	return lisette.SliceFold(shapes, 0.0, func(acc float64, s Shape) float64 {
		return acc + s.Area()
	})
}

func main() {
	one := Shape(Square{side: 3.0})
	fmt.Println(one.Area())
	squares := []Square{Square{side: 1.0}, Square{side: 2.0}}
	shapes := lisette.SliceMap(squares, func(q Square) Shape {
		return Shape(q)
	})
	fmt.Println(total(shapes))
	fmt.Println(total(append(shapes, one)))
}
