package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func constant_scores(xs []int) []int {
	return lisette.SliceMap(xs, func(x int) int {
		return 10
	})
}

func main() {
	fmt.Println(constant_scores([]int{1, 2, 3}))
}
