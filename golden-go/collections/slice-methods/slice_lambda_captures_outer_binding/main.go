package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	limit := 10
	sizes := []int{4, 12, 9, 30}
	small := lisette.SliceFilter(sizes, func(s int) bool {
		return s <= limit
	})
	fmt.Println(small)
}
