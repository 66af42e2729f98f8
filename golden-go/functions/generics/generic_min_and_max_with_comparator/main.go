package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func extremes[T any](xs []T, less func(T, T) bool) lisette.Option[lisette.Tuple2[T, T]] {
	if len(xs) == 0 {
		return lisette.MakeOptionNone[lisette.Tuple2[T, T]]()
	}
	first := xs[0]
	rest := xs[1:len(xs):len(xs)]
	lo := first
	hi := first
	for _, x := range rest {
		if less(x, lo) {
			lo = x
		}
		if less(hi, x) {
			hi = x
		}
	}
	return lisette.MakeOptionSome[lisette.Tuple2[T, T]](lisette.Tuple2[T, T]{First: lo, Second: hi})
}

func main() {
	subject := extremes([]int{7, -2, 15, 3}, func(a, b int) bool {
		return a < b
	})
	if subject.Tag == lisette.OptionSome {
		lo := subject.SomeVal.First
		hi := subject.SomeVal.Second
		fmt.Println(lo, hi)
	} else {
		fmt.Println("empty")
	}
	subject2 := extremes([]string{"pear", "fig", "banana"}, func(a, b string) bool {
		return len(a) < len(b)
	})
	if subject2.Tag == lisette.OptionSome {
		lo := subject2.SomeVal.First
		hi := subject2.SomeVal.Second
		fmt.Println(lo, hi)
	} else {
		fmt.Println("empty")
	}
	nothing := []int{}
	fmt.Println(extremes(nothing, func(a, b int) bool {
		return a < b
	}).IsNone())
}
