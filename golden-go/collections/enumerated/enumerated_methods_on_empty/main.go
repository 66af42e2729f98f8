package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	none := []string{}
	e := lisette.SliceEnumerate(none)
	kept := lisette.EnumeratedSliceFilter(e, func(arg lisette.Tuple2[int, string]) bool {
		s := arg.Second
		return len(s) == 0
	})
	idx := lisette.EnumeratedSliceMap(e, func(arg2 lisette.Tuple2[int, string]) int {
		i := arg2.First
		return i
	})
	fmt.Println(len(kept), len(idx), lisette.EnumeratedSliceFold(e, 7, func(acc int, arg3 lisette.Tuple2[int, string]) int {
		i := arg3.First
		return acc + i
	}))
}
