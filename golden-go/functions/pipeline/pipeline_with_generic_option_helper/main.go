package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func or_default[T any](o lisette.Option[T], fallback T) T {
	if o.Tag == lisette.OptionSome {
		v := o.SomeVal
		return v
	}
	return fallback
}

func main() {
	prices := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "tea", Second: 3}, lisette.Tuple2[string, int]{First: "cake", Second: 5}})
	tea := or_default(lisette.MapGet(prices, "tea"), 0)
	pie := or_default(lisette.MapGet(prices, "pie"), 0)
	name := or_default(lisette.SliceGet([]string{"x"}, 3), "none")
	fmt.Println(tea, pie, name)
}
