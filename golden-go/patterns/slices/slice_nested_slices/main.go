package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func corner(grid [][]int) lisette.Option[int] {
	if len(grid) >= 1 && len(grid[0]) >= 1 {
		first := grid[0][0]
		return lisette.MakeOptionSome[int](first)
	}
	return lisette.MakeOptionNone[int]()
}

func main() {
	fmt.Println(corner([][]int{[]int{7, 8}, []int{9}}))
	empty_row := []int{}
	fmt.Println(corner([][]int{empty_row, []int{1}}))
	no_rows := [][]int{}
	fmt.Println(corner(no_rows))
}
