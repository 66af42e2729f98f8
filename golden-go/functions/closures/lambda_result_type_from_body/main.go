package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ratio := func(a, b int) float64 {
		return float64(a) / float64(b)
	}
	both := func(s string) lisette.Tuple2[string, int] {
		return lisette.Tuple2[string, int]{First: s, Second: len(s)}
	}
	fmt.Println(ratio(3, 4))
	fmt.Println(both("sea"))
}
