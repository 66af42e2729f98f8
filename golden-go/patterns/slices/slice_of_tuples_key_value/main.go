package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func get(pairs []lisette.Tuple2[string, int], key string) lisette.Option[int] {
	if len(pairs) == 0 {
		return lisette.MakeOptionNone[int]()
	}
	k := pairs[0].First
	v := pairs[0].Second
	if k == key {
		return lisette.MakeOptionSome[int](v)
	}
	rest := pairs[1:len(pairs):len(pairs)]
	return get(rest, key)
}

func main() {
	limits := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "cpu", Second: 4}, lisette.Tuple2[string, int]{First: "mem", Second: 512}, lisette.Tuple2[string, int]{First: "disk", Second: 20}}
	fmt.Println(get(limits, "mem"), get(limits, "gpu"))
}
