package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

func main() {
	stock := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "apple", Second: 4}, lisette.Tuple2[string, int]{First: "pear", Second: 0}})
	wanted := []string{"apple", "plum", "pear"}
	if slices.ContainsFunc(lisette.SliceMap(wanted, func(w string) lisette.Option[int] {
		opt := lisette.MapGet(stock, w)
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		return lisette.MakeOptionSome[int](opt.SomeVal * 10)
	}), func(l lisette.Option[int]) bool {
		return l.IsNone()
	}) {
		fmt.Println("unknown fruit")
	}
	levels := lisette.SliceMap(wanted, func(w string) lisette.Option[int] {
		opt2 := lisette.MapGet(stock, w)
		if opt2.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		return lisette.MakeOptionSome[int](opt2.SomeVal * 10)
	})
	fmt.Println(levels)
}
