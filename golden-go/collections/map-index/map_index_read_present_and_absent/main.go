package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	prices := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "tea", Second: 3}, lisette.Tuple2[string, int]{First: "cake", Second: 5}})
	fmt.Println(prices["tea"], prices["coffee"])
}
