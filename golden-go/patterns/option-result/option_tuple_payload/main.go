package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func min_max(xs []int) lisette.Option[lisette.Tuple2[int, int]] {
	if len(xs) == 0 {
		return lisette.MakeOptionNone[lisette.Tuple2[int, int]]()
	}
	lo := xs[0]
	hi := xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lisette.MakeOptionSome[lisette.Tuple2[int, int]](lisette.Tuple2[int, int]{First: lo, Second: hi})
}

func main() {
	subject := min_max([]int{4, -2, 9, 3})
	if subject.Tag == lisette.OptionSome {
		lo := subject.SomeVal.First
		hi := subject.SomeVal.Second
		fmt.Println("range", lo, hi, "width", hi-lo)
	} else {
		fmt.Println("empty")
	}
	empty := []int{}
	subject2 := min_max(empty)
	if subject2.Tag == lisette.OptionSome {
		lo := subject2.SomeVal.First
		fmt.Println(lo)
	} else {
		fmt.Println("empty")
	}
}
