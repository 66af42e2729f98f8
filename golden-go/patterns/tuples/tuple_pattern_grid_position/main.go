package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func locate(p lisette.Tuple2[int, int]) string {
	if p.First == 0 {
		if p.Second == 0 {
			return "origin"
		}
		y := p.Second
		return fmt.Sprintf("on the y axis at %v", y)
	}
	if p.Second == 0 {
		x := p.First
		return fmt.Sprintf("on the x axis at %v", x)
	}
	x := p.First
	y := p.Second
	return fmt.Sprintf("at %v,%v", x, y)
}

func main() {
	points := []lisette.Tuple2[int, int]{lisette.Tuple2[int, int]{First: 0, Second: 0}, lisette.Tuple2[int, int]{First: 0, Second: 5}, lisette.Tuple2[int, int]{First: -3, Second: 0}, lisette.Tuple2[int, int]{First: 2, Second: 7}}
	for _, p := range points {
		fmt.Println(locate(p))
	}
}
