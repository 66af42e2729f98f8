package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Ranked interface {
	Rank() int
}

type Player struct {
	name   string
	points int
}

func (v Player) String() string {
	return "Player { name: " + lisette.FormatValue(v.name) + ", points: " + lisette.FormatValue(v.points) + " }"
}

func (self Player) Rank() int {
	return -self.points
}

func sort_ranked[T Ranked](xs []T) {
	for i, end := 1, len(xs); i < end; i++ {
		j := i
		for j > 0 && xs[j].Rank() < xs[j-1].Rank() {
			tmp := xs[j]
			xs[j] = xs[j-1]
			xs[j-1] = tmp
			j -= 1
		}
	}
}

func main() {
	players := []Player{Player{name: "ana", points: 12}, Player{name: "ben", points: 30}, Player{name: "cai", points: 21}}
	sort_ranked(players)
	for _, p := range players {
		fmt.Println(p.name, p.points)
	}
}
