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

func origin_if(flag bool) lisette.Option[Point] {
	if flag {
		return lisette.MakeOptionSome[Point](Point{x: 0, y: 0})
	} else {
		return lisette.MakeOptionNone[Point]()
	}
}

func main() {
	fmt.Println(origin_if(true), origin_if(false))
	r := lisette.MakeResultOk[Point, string](Point{x: 1, y: 2})
	fmt.Println(r)
}
