package main

import "fmt"

func repeat[T any](x T, n int) []T {
	out := []T{}
	for i := 0; i < n; i++ {
		out = append(out, x)
	}
	return out
}

func grid[T any](x T, w, h int) [][]T {
	return repeat(repeat(x, w), h)
}

func main() {
	fmt.Println(grid(0, 3, 2))
	fmt.Println(grid("#", 2, 1))
}
