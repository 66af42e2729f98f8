package vec

import lisette "lisette.dev/prelude"

type Vec2 struct {
	X int
	Y int
}

func (v Vec2) String() string {
	return "Vec2 { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
}

func Vec2_New(x, y int) Vec2 {
	return Vec2{X: x, Y: y}
}

func (self Vec2) Plus(o Vec2) Vec2 {
	return Vec2{X: self.X + o.X, Y: self.Y + o.Y}
}

func (self Vec2) Scaled(k int) Vec2 {
	return Vec2{X: self.X * k, Y: self.Y * k}
}

func (self Vec2) Dot(o Vec2) int {
	return self.X*o.X + self.Y*o.Y
}
