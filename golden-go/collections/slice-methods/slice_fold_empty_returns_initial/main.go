package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	none := []int{}
	fmt.Println(lisette.SliceFold(none, 100, func(acc, x int) int {
		return acc - x
	}))
}
