package shapes

import (
	"fmt"
	"golden/projects/programs/geometry_shapes_areas/geo"
	lisette "lisette.dev/prelude"
)

func abs(n int) int {
	if n < 0 {
		return -n
	} else {
		return n
	}
}

type ShapeTag int

const (
	ShapeCircle ShapeTag = iota
	ShapeRect
	ShapePoly
)

type Shape struct {
	Tag     ShapeTag
	Circle0 geo.Point
	Circle1 int
	Rect0   geo.Point
	Rect1   geo.Point
	Poly    []geo.Point
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeCircle:
		return "Shape.Circle(" + lisette.FormatValue(v.Circle0) + ", " + lisette.FormatValue(v.Circle1) + ")"
	case ShapeRect:
		return "Shape.Rect(" + lisette.FormatValue(v.Rect0) + ", " + lisette.FormatValue(v.Rect1) + ")"
	}
	return "Shape.Poly(" + lisette.FormatValue(v.Poly) + ")"
}

func (self Shape) Area_x2() int {
	switch self.Tag {
	case ShapeCircle:
		r := self.Circle1
		return 6 * r * r
	case ShapeRect:
		a := self.Rect0
		b := self.Rect1
		return 2 * abs((b.X-a.X)*(b.Y-a.Y))
	case ShapePoly:
		ps := self.Poly
		n := len(ps)
		s := 0
		for i := 0; i < n; i++ {
			p := ps[i]
			q := ps[(i+1)%n]
			s += p.X*q.Y - q.X*p.Y
		}
		return abs(s)
	}
	panic("unreachable")
}

func (self Shape) Name() string {
	switch self.Tag {
	case ShapeCircle:
		return "circle"
	case ShapeRect:
		return "rect"
	case ShapePoly:
		ps := self.Poly
		n := len(ps)
		return fmt.Sprintf("polygon(%v)", n)
	}
	panic("unreachable")
}
