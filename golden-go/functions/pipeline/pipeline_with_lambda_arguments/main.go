package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func keep(xs []int, pred func(int) bool) []int {
	return lisette.SliceFilter(xs, pred)
}

func apply_all(xs []int, f func(int) int) []int {
	return lisette.SliceMap(xs, f)
}

func main() {
	result := apply_all(keep([]int{1, 2, 3, 4, 5}, func(x int) bool {
		return x%2 == 1
	}), func(x int) int {
		return x * x
	})
	fmt.Println(result)
}
