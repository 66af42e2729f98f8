package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	colors := []string{"red", "green", "blue", "cyan"}
	picked := lisette.EnumeratedSliceFilter(lisette.SliceEnumerate(colors), func(arg lisette.Tuple2[int, string]) bool {
		i := arg.First
		return i%2 == 0
	})
	for _, item := range picked {
		i := item.First
		c := item.Second
		fmt.Printf("%v %v\n", i, c)
	}
	fmt.Println(len(picked))
}
