package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

func main() {
	none := []int{}
	fmt.Println(slices.ContainsFunc(none, func(x int) bool {
		return x > 0
	}), lisette.SliceAll(none, func(x int) bool {
		return x > 0
	}))
}
