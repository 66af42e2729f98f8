package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	words := []string{"a", "bb", "ccc", "dd"}
	hit := lisette.EnumeratedSliceFind(lisette.SliceEnumerate(words), func(arg lisette.Tuple2[int, string]) bool {
		i := arg.First
		w := arg.Second
		fmt.Printf("look at %v\n", i)
		return len(w) == 2
	})
	if hit.Tag == lisette.OptionSome {
		i := hit.SomeVal.First
		w := hit.SomeVal.Second
		fmt.Printf("%v at %v\n", w, i)
	} else {
		fmt.Println("none")
	}
}
