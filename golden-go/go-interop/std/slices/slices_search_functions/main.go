package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(slices.Contains(xs, 15), slices.Contains(xs, 5))
	fmt.Println(slices.Index(xs, 16), slices.Index(xs, 99))
	fmt.Println(slices.IndexFunc(xs, func(x int) bool {
		return x > 20
	}), slices.ContainsFunc(xs, func(x int) bool {
		return x%2 == 1
	}))
	words := []string{"go", "lisette", "rust"}
	fmt.Println(slices.Index(words, "rust"), slices.Equal(words, []string{"go", "lisette", "rust"}))
	fmt.Println(slices.Equal(xs, []int{4, 8}), slices.EqualFunc(words, []int{2, 7, 4}, func(w string, n int) bool {
		return len(w) == n
	}))
	fmt.Println(slices.MaxFunc(words, func(a, b string) int {
		return len(a) - len(b)
	}))
	fmt.Println(slices.MinFunc(xs, func(a, b int) int {
		return (a % 10) - (b % 10)
	}))
}
