package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func dedupe_adjacent[T any](xs []T, same func(T, T) bool) []T {
	out := []T{}
	last := lisette.MakeOptionNone[T]()
	for _, x := range xs {
		var keep bool
		if last.Tag == lisette.OptionSome {
			prev := last.SomeVal
			keep = !same(prev, x)
		} else {
			keep = true
		}
		if keep {
			out = append(out, x)
		}
		last = lisette.MakeOptionSome[T](x)
	}
	return out
}

func main() {
	fmt.Println(dedupe_adjacent([]int{1, 1, 2, 2, 2, 1}, func(a, b int) bool {
		return a == b
	}))
	fmt.Println(dedupe_adjacent([]string{"a", "A", "b"}, func(a, b string) bool {
		return len(a) == len(b)
	}))
}
