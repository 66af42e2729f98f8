package main

import (
	"fmt"
	"slices"
)

func sort_pair(xs []int) {
	if xs[0] > xs[1] {
		first := xs[0]
		xs[0] = xs[1]
		xs[1] = first
	}
}

func main() {
	input := []int{9, 4}
	work := slices.Clone(input)
	sort_pair(work)
	fmt.Println(work, input)
	sort_pair(input)
	fmt.Println(input)
}
