package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func (self Vec2) length_squared() int {
	return self.x*self.x + self.y*self.y
}

type Vec2 struct {
	x int
	y int
}

func (v Vec2) String() string {
	return "Vec2 { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

func (self Vec2) plus(other Vec2) Vec2 {
	return Vec2{x: self.x + other.x, y: self.y + other.y}
}

func main() {
	v := Vec2{x: 1, y: 2}.plus(Vec2{x: 2, y: 2})
	fmt.Println(v, v.length_squared())
}
