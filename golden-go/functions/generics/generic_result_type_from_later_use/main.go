package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func empty_list[T any]() []T {
	return []T{}
}

func total(xs []int) int {
	return lisette.SliceFold(xs, 0, func(acc, x int) int {
		return acc + x
	})
}

func main() {
	var start int64 = 4
	ids := empty_list[int64]()
	ids = append(ids, start)
	ids = append(ids, int64(9))
	fmt.Println(ids)
	nothing := empty_list[int]()
	fmt.Println(total(nothing))
}
