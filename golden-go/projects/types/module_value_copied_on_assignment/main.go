package main

import (
	"fmt"
	"golden/projects/types/module_value_copied_on_assignment/game"
)

func main() {
	a := game.Score{Points: 10}
	b := a
	b.Points += 5
	c := game.Reset(b)
	fmt.Println(a.Points, b.Points, c.Points)
}
