package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Resizable interface {
	Scale(k float64) float64
}

type Circle struct {
	r float64
}

func (v Circle) String() string {
	return "Circle { r: " + lisette.FormatValue(v.r) + " }"
}

func (self Circle) Scale(k float64) float64 {
	return self.r * k
}

func main() {
	var c Resizable = Circle{r: 1.25}
	fmt.Println(c.Scale(3.0))
	fmt.Println(c.Scale(0.5))
}
