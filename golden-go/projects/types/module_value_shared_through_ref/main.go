package main

import (
	"fmt"
	"golden/projects/types/module_value_shared_through_ref/game"
)

func main() {
	s := game.Score{Points: 1}
	game.Award(&s, 4)
	game.Award(&s, 10)
	fmt.Println(s)
}
