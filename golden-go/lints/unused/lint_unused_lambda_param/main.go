package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{1, 2, 3}
	ones := lisette.SliceMap(xs, func(x int) int {
		return 1
	})
	twos := lisette.SliceMap(xs, func(_x int) int {
		return 2
	})
	fmt.Println(ones, twos)
}
