package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func keep_positive(xs []int) []int {
	return lisette.SliceFilter(xs, func(x int) bool {
		return x > 0
	})
}

func scaled(xs []int, k int) []int {
	return lisette.SliceMap(xs, func(x int) int {
		return x * k
	})
}

func total(xs []int) int {
	return lisette.SliceFold(xs, 0, func(acc, x int) int {
		return acc + x
	})
}

func main() {
	readings := []int{4, -1, 6, 0, -8, 2}
	result := total(scaled(keep_positive(readings), 10))
	fmt.Println(result)
}
