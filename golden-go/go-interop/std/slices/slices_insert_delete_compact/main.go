package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{1, 2, 5}
	xs = slices.Insert(xs, 2, 3, 4)
	fmt.Println(xs)
	xs = slices.Delete(xs, 0, 1)
	fmt.Println(xs, len(xs))
	runs := []int{1, 1, 2, 2, 2, 3, 1, 1}
	runs = slices.Compact(runs)
	fmt.Println(runs)
	xs = slices.Replace(xs, 1, 3, 30)
	fmt.Println(xs)
	slices.Reverse(xs)
	fmt.Println(xs)
	evens := []int{1, 2, 3, 4, 5, 6}
	evens = slices.DeleteFunc(evens, func(x int) bool {
		return x%2 == 1
	})
	fmt.Println(evens)
}
