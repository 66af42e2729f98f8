package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func evens(xs []int) []int {
	if len(xs) == 0 {
		return []int{}
	}
	return lisette.SliceFilter(xs, func(x int) bool {
		return x%2 == 0
	})
}

func last(xs []string) lisette.Option[string] {
	if len(xs) == 0 {
		return lisette.MakeOptionNone[string]()
	} else {
		return lisette.MakeOptionSome[string](xs[len(xs)-1])
	}
}

func main() {
	fmt.Println(evens([]int{}), evens([]int{1, 2, 3, 4}))
	fmt.Println(last([]string{}), last([]string{"a", "b"}))
}
