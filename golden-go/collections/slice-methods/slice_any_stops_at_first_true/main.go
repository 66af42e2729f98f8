package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{1, 5, 2, 7}
	found := slices.ContainsFunc(xs, func(x int) bool {
		fmt.Printf("check %v\n", x)
		return x > 4
	})
	fmt.Println(found)
}
