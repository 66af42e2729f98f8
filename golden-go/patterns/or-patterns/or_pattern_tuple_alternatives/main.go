package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func other_player(game lisette.Tuple2[string, string], me string) string {
	a := game.First
	b := game.Second
	if a == me {
		return b
	}
	a2 := game.First
	b2 := game.Second
	if b2 == me {
		return a2
	}
	return "nobody"
}

func score_with_zero(t lisette.Tuple2[int, int]) string {
	if t.First == 0 {
		n := t.Second
		return fmt.Sprintf("shutout, winner scored %v", n)
	}
	if t.Second == 0 {
		n := t.First
		return fmt.Sprintf("shutout, winner scored %v", n)
	}
	a := t.First
	b := t.Second
	return fmt.Sprintf("%v:%v", a, b)
}

func main() {
	fmt.Println(other_player(lisette.Tuple2[string, string]{First: "ann", Second: "bob"}, "bob"))
	fmt.Println(score_with_zero(lisette.Tuple2[int, int]{First: 3, Second: 0}))
	fmt.Println(score_with_zero(lisette.Tuple2[int, int]{First: 0, Second: 5}))
	fmt.Println(score_with_zero(lisette.Tuple2[int, int]{First: 2, Second: 1}))
}
