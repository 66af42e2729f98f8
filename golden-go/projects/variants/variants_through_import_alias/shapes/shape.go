package shapes

import lisette "lisette.dev/prelude"

type ShapeTag int

const (
	ShapeSquare ShapeTag = iota
	ShapeRect
)

type Shape struct {
	Tag    ShapeTag
	Square int
	Rect0  int
	Rect1  int
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeSquare:
		return "Shape.Square(" + lisette.FormatValue(v.Square) + ")"
	}
	return "Shape.Rect(" + lisette.FormatValue(v.Rect0) + ", " + lisette.FormatValue(v.Rect1) + ")"
}
