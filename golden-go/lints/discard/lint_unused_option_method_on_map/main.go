package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	prices := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "tea", Second: 3}, lisette.Tuple2[string, int]{First: "cake", Second: 5}})
	_ = lisette.MapGet(prices, "tea")
	subject := lisette.MapGet(prices, "cake")
	if subject.Tag == lisette.OptionSome {
		p := subject.SomeVal
		fmt.Println("cake costs", p)
	} else {
		fmt.Println("no cake")
	}
}
