package main

import (
	"fmt"
	"golden/projects/types/module_type_in_tuple/scores"
	lisette "lisette.dev/prelude"
)

func best(players []scores.Player) lisette.Tuple2[scores.Player, int] {
	top := players[0]
	at := 0
	for i, p := range players {
		if p.Level > top.Level {
			top = p
			at = i
		}
	}
	return lisette.Tuple2[scores.Player, int]{First: top, Second: at}
}

func main() {
	ps := []scores.Player{scores.Player{Nick: "kim", Level: 3}, scores.Player{Nick: "lee", Level: 9}}
	subject := best(ps)
	p := subject.First
	i := subject.Second
	fmt.Println(p.Nick, i)
	fmt.Println(best(ps))
}
