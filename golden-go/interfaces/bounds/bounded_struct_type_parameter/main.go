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

type Labeled[T Shape] struct {
	label string
	shape T
}

func (v Labeled[T]) String() string {
	return "Labeled { label: " + lisette.FormatValue(v.label) + ", shape: " + lisette.FormatValue(v.shape) + " }"
}

func (self Labeled[T]) Caption() string {
	return fmt.Sprintf("%v (%v)", self.label, self.shape.Area())
}

func main() {
	l := Labeled[Square]{label: "tile", shape: Square{side: 0.5}}
	fmt.Println(l.Caption())
	fmt.Println(l.shape.side)
}
