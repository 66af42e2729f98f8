package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	scores := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 7}, lisette.Tuple2[string, int]{First: "bob", Second: 9}, lisette.Tuple2[string, int]{First: "cy", Second: 4}}
	names := lisette.SliceMap(scores, func(arg lisette.Tuple2[string, int]) string {
		name := arg.First
		return name
	})
	total := lisette.SliceFold(scores, 0, func(acc int, arg2 lisette.Tuple2[string, int]) int {
		s := arg2.Second
		return acc + s
	})
	fmt.Println(names)
	fmt.Println(total)
}
