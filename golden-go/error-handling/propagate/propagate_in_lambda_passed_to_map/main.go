package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	codes := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "a", Second: 1}, lisette.Tuple2[string, int]{First: "c", Second: 3}})
	words := []string{"a", "b", "c"}
	next := lisette.SliceMap(words, func(w string) lisette.Option[int] {
		opt := lisette.MapGet(codes, w)
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		c := opt.SomeVal
		return lisette.MakeOptionSome[int](c + 1)
	})
	fmt.Println(next)
}
