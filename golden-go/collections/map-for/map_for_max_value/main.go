package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	heights := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "oak", Second: 21}, lisette.Tuple2[string, int]{First: "fir", Second: 35}, lisette.Tuple2[string, int]{First: "elm", Second: 28}})
	tallest := ""
	best := 0
	for tree, h := range heights {
		if h > best {
			best = h
			tallest = tree
		}
	}
	fmt.Println(tallest, best)
}
