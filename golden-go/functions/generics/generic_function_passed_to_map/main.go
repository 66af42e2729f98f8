package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func first[T any](xs []T) lisette.Option[T] {
	return lisette.SliceGet(xs, 0)
}

func main() {
	rows := [][]int{[]int{1, 2}, []int{3}, []int{}}
	fmt.Println(lisette.SliceMap(rows, first[int]))
}
