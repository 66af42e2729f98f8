package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func total_price(prices map[string]int, a, b string) lisette.Option[int] {
	opt := lisette.MapGet(prices, a)
	if opt.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[int]()
	}
	pa := opt.SomeVal
	opt2 := lisette.MapGet(prices, b)
	if opt2.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[int]()
	}
	pb := opt2.SomeVal
	return lisette.MakeOptionSome[int](pa + pb)
}

func main() {
	prices := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "tea", Second: 3}, lisette.Tuple2[string, int]{First: "cake", Second: 5}})
	fmt.Println(total_price(prices, "tea", "cake"))
	fmt.Println(total_price(prices, "tea", "pie"))
	fmt.Println(total_price(prices, "soup", "cake"))
}
