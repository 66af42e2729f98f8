package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func apply_discount(prices map[string]int) {
	prices["tea"] = prices["tea"] - 1
}

func main() {
	base := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "tea", Second: 4}})
	sale := lisette.MapClone(base)
	apply_discount(sale)
	fmt.Println(base, sale)
}
