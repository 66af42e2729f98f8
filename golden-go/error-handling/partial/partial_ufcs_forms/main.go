package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	p := lisette.MakePartialBoth[int, string](8, "slow disk")
	fmt.Println(p.IsBoth())
	fmt.Println(lisette.PartialMap(p, func(n int) int {
		return n / 2
	}))
	fmt.Println(p.UnwrapOr(0))
	fmt.Println(p.Err())
}
