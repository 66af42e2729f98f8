package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	board := [][]int{[]int{1, 2, 3}, []int{4}, []int{5, 6}}
	widths := lisette.SliceMap(board, func(row []int) int {
		return len(row)
	})
	sums := lisette.SliceMap(board, func(row []int) int {
		return lisette.SliceFold(row, 0, func(acc, x int) int {
			return acc + x
		})
	})
	fmt.Println(widths, sums)
}
