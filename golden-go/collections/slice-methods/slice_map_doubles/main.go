package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(lisette.SliceMap(xs, func(x int) int {
		return x * 2
	}))
}
