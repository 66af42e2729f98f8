package geo

import lisette "lisette.dev/prelude"

type Point struct {
	X int
	Y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
}

func (self Point) Manhattan() int {
	var ax int
	if self.X < 0 {
		ax = -self.X
	} else {
		ax = self.X
	}
	var ay int
	if self.Y < 0 {
		ay = -self.Y
	} else {
		ay = self.Y
	}
	return ax + ay
}
