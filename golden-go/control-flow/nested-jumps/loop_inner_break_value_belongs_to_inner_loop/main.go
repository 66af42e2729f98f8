package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	grid := [][]int{[]int{1, 4, 7}, []int{2, 9, 5}, []int{8, 3, 6}}
	row := 0
	var position lisette.Tuple2[int, int]
	for {
		if row == len(grid) {
			position = lisette.Tuple2[int, int]{First: -1, Second: -1}
			break
		}
		col := 0
		var hit int
		for {
			if col == len(grid[row]) {
				hit = -1
				break
			}
			if grid[row][col] == 9 {
				hit = col
				break
			}
			col += 1
		}
		if hit >= 0 {
			position = lisette.Tuple2[int, int]{First: row, Second: hit}
			break
		}
		row += 1
	}
	fmt.Println(position)
}
