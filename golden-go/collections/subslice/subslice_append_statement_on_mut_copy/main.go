package main

import (
	"fmt"
	"slices"
)

func main() {
	all := []int{1, 2, 3, 4}
	firsts := slices.Clone(all[:2:2])
	firsts = append(firsts, 9)
	firsts[0] = 7
	fmt.Println(all, firsts)
}
