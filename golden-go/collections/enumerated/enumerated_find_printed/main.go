package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(lisette.EnumeratedSliceFind(lisette.SliceEnumerate(xs), func(arg lisette.Tuple2[int, int]) bool {
		x := arg.Second
		return x > 5
	}))
	fmt.Println(lisette.EnumeratedSliceFind(lisette.SliceEnumerate(xs), func(arg2 lisette.Tuple2[int, int]) bool {
		i := arg2.First
		return i == 1
	}))
}
