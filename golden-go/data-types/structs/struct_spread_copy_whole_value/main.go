package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Score struct {
	player string
	points int
}

func (v Score) String() string {
	return "Score { player: " + lisette.FormatValue(v.player) + ", points: " + lisette.FormatValue(v.points) + " }"
}

func main() {
	first := Score{player: "kim", points: 10}
	saved := Score{player: first.player, points: first.points}
	first.points += 5
	fmt.Println(first.points, saved.points)
}
