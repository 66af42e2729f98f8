package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_small(s string) lisette.Option[int] {
	switch s {
	case "1":
		return lisette.MakeOptionSome[int](1)
	case "2":
		return lisette.MakeOptionSome[int](2)
	default:
		return lisette.MakeOptionNone[int]()
	}
}

func main() {
	nested := lisette.MakeOptionSome[lisette.Option[int]](lisette.MakeOptionSome[int](3))
	inner_none := lisette.MakeOptionSome[lisette.Option[int]](lisette.MakeOptionNone[int]())
	outer_none := lisette.MakeOptionNone[lisette.Option[int]]()
	fmt.Println(lisette.OptionFlatten(nested))
	fmt.Println(lisette.OptionFlatten(inner_none))
	fmt.Println(lisette.OptionFlatten(outer_none))
	settings := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "retries", Second: "2"}, lisette.Tuple2[string, string]{First: "mode", Second: "fast"}})
	for _, key := range []string{"retries", "mode", "color"} {
		v := lisette.OptionMap(lisette.MapGet(settings, key), func(s string) lisette.Option[int] {
			return parse_small(s)
		})
		fmt.Printf("%v: %v -> %v\n", key, v, lisette.OptionFlatten(v))
	}
}
