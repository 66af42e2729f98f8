package main

import "fmt"

func main() {
	grid := [][]int{[]int{0, 0, 0}, []int{0, 0, 0}}
	grid[1][2] = 5
	grid[0][0] = grid[1][2] * 2
	fmt.Println(grid)
}
