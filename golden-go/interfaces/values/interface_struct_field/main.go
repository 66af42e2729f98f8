package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Brush interface {
	Stroke() string
}

type Pen struct {
	color string
}

func (v Pen) String() string {
	return "Pen { color: " + lisette.FormatValue(v.color) + " }"
}

type Spray struct {
	radius int
}

func (v Spray) String() string {
	return "Spray { radius: " + lisette.FormatValue(v.radius) + " }"
}

func (self Pen) Stroke() string {
	return fmt.Sprintf("line in %v", self.color)
}

func (self Spray) Stroke() string {
	return fmt.Sprintf("spray of radius %v", self.radius)
}

type Canvas struct {
	title string
	brush Brush
}

func (v Canvas) String() string {
	return "Canvas { title: " + lisette.FormatValue(v.title) + ", brush: " + lisette.FormatValue(v.brush) + " }"
}

func main() {
	c := Canvas{title: "sketch", brush: Pen{color: "red"}}
	fmt.Println(c.title, "->", c.brush.Stroke())
	c.brush = Spray{radius: 4}
	fmt.Println(c.title, "->", c.brush.Stroke())
}
