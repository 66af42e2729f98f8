package main

import (
	"fmt"
	sh "golden/projects/variants/variants_through_import_alias/shapes"
	lisette "lisette.dev/prelude"
)

func area(s sh.Shape) int {
	if s.Tag == sh.ShapeSquare {
		a := s.Square
		return a * a
	}
	w := s.Rect0
	h := s.Rect1
	return w * h
}

func main() {
	shapes := []sh.Shape{sh.Shape{Tag: sh.ShapeSquare, Square: 3}, sh.Shape{Tag: sh.ShapeRect, Rect0: 2, Rect1: 5}}
	fmt.Println(lisette.SliceMap(shapes, area))
}
