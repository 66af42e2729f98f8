package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	counts := []lisette.Partial[int, string]{lisette.MakePartialOk[int, string](7), lisette.MakePartialErr[int, string]("lost"), lisette.MakePartialBoth[int, string](3, "truncated")}
	total := 0
	for _, c := range counts {
		n := c.UnwrapOr(0)
		fmt.Println(n)
		total += n
	}
	fmt.Printf("total %v\n", total)
}
