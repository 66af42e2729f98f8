package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	cart := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "apple", Second: 3}, lisette.Tuple2[string, int]{First: "pear", Second: 2}, lisette.Tuple2[string, int]{First: "plum", Second: 5}})
	items := 0
	kinds := 0
	for _, qty := range cart {
		items += qty
		kinds += 1
	}
	fmt.Println(items, kinds)
}
