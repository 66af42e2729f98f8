package shapes

import (
	"golden/projects/types/struct_of_one_module_inside_struct_of_another/geo"
	lisette "lisette.dev/prelude"
)

type Circle struct {
	Center geo.Point
	Radius int
}

func (v Circle) String() string {
	return "Circle { center: " + lisette.FormatValue(v.Center) + ", radius: " + lisette.FormatValue(v.Radius) + " }"
}

func Unit_at(p geo.Point) Circle {
	return Circle{Center: p, Radius: 1}
}
