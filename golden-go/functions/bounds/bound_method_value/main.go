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

func areas[S Shape](shapes []S) []float64 {
	out := []float64{}
	for _, s := range shapes {
		measure := s.Area
		out = append(out, measure())
	}
	return out
}

func main() {
	fmt.Println(areas([]Square{Square{side: 2.0}, Square{side: 3.0}}))
}
