package main

import "fmt"

func main() {
	board := [][]int{[]int{1, 2, 3}, []int{4, 5}, []int{}}
	fmt.Println(board)
	fmt.Println(len(board), len(board[1]), len(board[2]))
}
