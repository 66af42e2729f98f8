package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func convert[From, To any](xs []From, f func(From) To) []To {
	return lisette.SliceMap(xs, f)
}

func main() {
	halves := convert([]int{1, 3}, func(n int) float64 {
		return float64(n) / 2.0
	})
	flags := convert([]string{"", "x"}, func(s string) bool {
		return len(s) == 0
	})
	fmt.Println(halves, flags)
}
