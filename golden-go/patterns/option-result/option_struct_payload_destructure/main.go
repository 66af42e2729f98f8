package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Point struct {
	x int
	y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

func nearest(points []Point) lisette.Option[Point] {
	best := lisette.MakeOptionNone[Point]()
	for _, p := range points {
		d := p.x*p.x + p.y*p.y
		if best.Tag == lisette.OptionSome {
			x := best.SomeVal.x
			y := best.SomeVal.y
			if x*x+y*y <= d {
			} else {
				best = lisette.MakeOptionSome[Point](p)
			}
		} else {
			best = lisette.MakeOptionSome[Point](p)
		}
	}
	return best
}

func main() {
	pts := []Point{Point{x: 3, y: 4}, Point{x: 1, y: 1}, Point{x: -2, y: 0}}
	subject := nearest(pts)
	if subject.Tag == lisette.OptionSome {
		x := subject.SomeVal.x
		y := subject.SomeVal.y
		fmt.Println("nearest", x, y)
	} else {
		fmt.Println("no points")
	}
	subject2 := nearest([]Point{})
	if subject2.Tag == lisette.OptionSome {
		x := subject2.SomeVal.x
		y := subject2.SomeVal.y
		fmt.Println("nearest", x, y)
	} else {
		fmt.Println("no points")
	}
}
