package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Circle struct {
	r float64
}

func (v Circle) String() string {
	return "Circle { r: " + lisette.FormatValue(v.r) + " }"
}

func (self Circle) Diameter() float64 {
	return self.r * 2.0
}

func describe(c *Circle) string {
	return fmt.Sprintf("diameter %v", c.Diameter())
}

func main() {
	c := Circle{r: 1.25}
	fmt.Println(describe(&c))
}
