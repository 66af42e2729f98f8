package main

import "fmt"

func max_of(a, b int) int {
	if a > b {
		return a
	} else {
		return b
	}
}

func max_of_three(a, b, c int) int {
	return max_of(max_of(a, b), c)
}

func main() {
	fmt.Println(max_of(3, 9), max_of(-2, -7), max_of_three(4, 11, 6))
}
