package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	cart := []int{3, 4, 5}
	total := lisette.SliceFold(cart, 0, func(acc, x int) int {
		return acc + x
	})
	fmt.Println(total)
}
