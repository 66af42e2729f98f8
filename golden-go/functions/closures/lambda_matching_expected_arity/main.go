package main

import "fmt"

func reduce(xs []int, start int, f func(int, int) int) int {
	acc := start
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	fmt.Println(reduce([]int{1, 2, 3, 4}, 1, func(a, b int) int {
		return a * b
	}))
	fmt.Println(reduce([]int{1, 2, 3, 4}, 0, func(a, b int) int {
		return a - b
	}))
}
