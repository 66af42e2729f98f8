package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func (self Vec2) Length_squared() int {
	return self.x*self.x + self.y*self.y
}

type Vec2 struct {
	x int
	y int
}

func (v Vec2) String() string {
	return "Vec2 { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

func (self Vec2) Plus(other Vec2) Vec2 {
	return Vec2{x: self.x + other.x, y: self.y + other.y}
}

func main() {
	v := Vec2{x: 1, y: 2}.Plus(Vec2{x: 2, y: 2})
	fmt.Println(v, v.Length_squared())
}
