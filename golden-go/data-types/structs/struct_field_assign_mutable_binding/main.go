package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Player struct {
	name  string
	score int
	lives int
}

func (v Player) String() string {
	return "Player { name: " + lisette.FormatValue(v.name) + ", score: " + lisette.FormatValue(v.score) + ", lives: " + lisette.FormatValue(v.lives) + " }"
}

func main() {
	p := Player{name: "ada", score: 0, lives: 3}
	p.score += 150
	p.lives -= 1
	p.name = "Ada"
	p.score *= 2
	fmt.Println(p)
}
