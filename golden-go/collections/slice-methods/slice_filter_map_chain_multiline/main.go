package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	orders := []int{12, 7, 30, 5, 18}
	discounted := lisette.SliceMap(lisette.SliceFilter(orders, func(o int) bool {
		return o >= 10
	}), func(o int) int {
		return o - 2
	})
	fmt.Println(discounted)
}
