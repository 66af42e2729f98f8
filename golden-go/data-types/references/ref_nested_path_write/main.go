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

type Sprite struct {
	name string
	pos  Pos
}

func (v Sprite) String() string {
	return "Sprite { name: " + lisette.FormatValue(v.name) + ", pos: " + lisette.FormatValue(v.pos) + " }"
}

func step(s *Sprite, dx int) {
	s.pos.x += dx
	s.pos.y -= 1
}

func main() {
	hero := Sprite{name: "hero", pos: Pos{x: 0, y: 10}}
	step(&hero, 3)
	step(&hero, 3)
	fmt.Println(hero)
}
