package main

import "fmt"

func main() {
	first_over := func(xs []int, limit int) int {
		found := -1
		for _, x := range xs {
			if x > limit {
				found = x
				break
			}
		}
		return found
	}
	fmt.Println(first_over([]int{3, 8, 12}, 5))
	fmt.Println(first_over([]int{1, 2}, 5))
}
