package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Pos struct {
	x int
	y int
}

func (v Pos) String() string {
	return "Pos { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

func shifted(p Pos, dx int) Pos {
	p.x += dx
	return p
}

func main() {
	origin := Pos{x: 0, y: 0}
	moved := shifted(origin, 3)
	fmt.Println(moved, origin)
}
