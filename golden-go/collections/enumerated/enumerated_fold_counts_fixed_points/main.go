package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{0, 5, 2, 9, 4}
	fixed := lisette.EnumeratedSliceFold(lisette.SliceEnumerate(xs), 0, func(count int, arg lisette.Tuple2[int, int]) int {
		i := arg.First
		x := arg.Second
		if i == x {
			return count + 1
		} else {
			return count
		}
	})
	fmt.Println(fixed)
}
