package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	readings := []int{12, 15, 11, 19, 8}
	subject := lisette.EnumeratedSliceFind(lisette.SliceEnumerate(readings), func(arg lisette.Tuple2[int, int]) bool {
		i := arg.First
		r := arg.Second
		return i > 0 && r < 12
	})
	if subject.Tag == lisette.OptionSome {
		i := subject.SomeVal.First
		r := subject.SomeVal.Second
		fmt.Printf("dip at %v: %v\n", i, r)
	} else {
		fmt.Println("no dip")
	}
}
