package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func min_max(xs []int) lisette.Tuple2[int, int] {
	lo := xs[0]
	hi := xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lisette.Tuple2[int, int]{First: lo, Second: hi}
}

func main() {
	subject := min_max([]int{4, 9, 1})
	low := subject.First
	fmt.Println("lowest", low)
}
