package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Player struct {
	name  string
	score int
}

func (v Player) String() string {
	return "Player { name: " + lisette.FormatValue(v.name) + ", score: " + lisette.FormatValue(v.score) + " }"
}

func leader(a, b *Player) *Player {
	if a.score >= b.score {
		return a
	} else {
		return b
	}
}

func main() {
	ann := Player{name: "ann", score: 7}
	bob := Player{name: "bob", score: 9}
	top := leader(&ann, &bob)
	top.score += 100
	fmt.Println(ann.score, bob.score, top.name)
}
