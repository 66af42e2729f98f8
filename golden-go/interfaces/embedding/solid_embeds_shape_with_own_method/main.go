package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
}

type Solid interface {
	Shape
	Volume() float64
}

type Square struct {
	side float64
}

func (v Square) String() string {
	return "Square { side: " + lisette.FormatValue(v.side) + " }"
}

type Cube struct {
	side float64
}

func (v Cube) String() string {
	return "Cube { side: " + lisette.FormatValue(v.side) + " }"
}

func (self Square) Area() float64 {
	return self.side * self.side
}

func (self Cube) Area() float64 {
	return 6.0 * self.side * self.side
}

func (self Cube) Volume() float64 {
	return self.side * self.side * self.side
}

func report(s Solid) string {
	return fmt.Sprintf("surface %v, volume %v", s.Area(), s.Volume())
}

func main() {
	dice := Cube{side: 2.0}
	fmt.Println(report(dice))
	flat := []Shape{Square{side: 3.0}, dice}
	for _, s := range flat {
		fmt.Println(s.Area())
	}
}
