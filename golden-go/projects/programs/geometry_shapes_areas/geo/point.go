package geo

import lisette "lisette.dev/prelude"

type Point struct {
	X int
	Y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
}
