package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{5, 0, 7, 0}
	zeros := lisette.EnumeratedSliceFilter(lisette.SliceEnumerate(xs), func(arg lisette.Tuple2[int, int]) bool {
		x := arg.Second
		return x == 0
	})
	fmt.Println(zeros)
}
