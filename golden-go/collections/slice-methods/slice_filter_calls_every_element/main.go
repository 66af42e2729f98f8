package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{3, 8, 1}
	big := lisette.SliceFilter(xs, func(x int) bool {
		fmt.Printf("is %v big?\n", x)
		return x > 2
	})
	fmt.Println(big)
}
