package main

import (
	"fmt"
	"golden/projects/fields/match_on_pub_fields_of_module_struct/geo"
)

func place(p geo.Point) string {
	if p.X == 0 {
		if p.Y == 0 {
			return "origin"
		}
		y := p.Y
		return fmt.Sprintf("on the y axis at %v", y)
	}
	if p.Y == 0 {
		return "on the x axis"
	}
	x := p.X
	y := p.Y
	return fmt.Sprintf("at %v,%v", x, y)
}

func main() {
	ps := []geo.Point{geo.Point{X: 0, Y: 0}, geo.Point{X: 0, Y: 5}, geo.Point{X: 3, Y: 0}, geo.Point{X: 1, Y: 2}}
	for _, p := range ps {
		fmt.Println(place(p))
	}
}
