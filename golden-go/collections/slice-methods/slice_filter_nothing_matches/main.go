package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ages := []int{3, 7, 12}
	adults := lisette.SliceFilter(ages, func(a int) bool {
		return a >= 18
	})
	fmt.Println(adults, len(adults), len(adults) == 0)
}
