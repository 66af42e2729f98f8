package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func total(prices []int) int {
	return lisette.SliceFold(prices, 0, func(a, p int) int {
		return a + p
	})
}

func main() {
	basket := []int{3, 4}
	fmt.Println(total(basket))
}
