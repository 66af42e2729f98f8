package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	prices := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "apple", Second: 3}, lisette.Tuple2[string, int]{First: "melon", Second: 7}, lisette.Tuple2[string, int]{First: "kiwi", Second: 2}}
	names := lisette.SliceMap(prices, func(arg lisette.Tuple2[string, int]) string {
		name := arg.First
		return name
	})
	total := lisette.SliceFold(prices, 0, func(acc int, arg2 lisette.Tuple2[string, int]) int {
		p := arg2.Second
		return acc + p
	})
	cheap := lisette.SliceFilter(prices, func(arg3 lisette.Tuple2[string, int]) bool {
		p := arg3.Second
		return p < 5
	})
	fmt.Println(names, total, len(cheap))
}
