package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	points := []lisette.Tuple2[int, int]{lisette.Tuple2[int, int]{First: 1, Second: 0}, lisette.Tuple2[int, int]{First: 2, Second: 3}}
	for _, p := range points {
		if p.Second == 0 {
			fmt.Println("on the x axis")
		} else {
			x := p.First
			y := p.Second
			fmt.Println(x, y)
		}
	}
}
