package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func map_all[T, U any](xs []T, f func(T) U) []U {
	out := []U{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func wrap[T any](x T) lisette.Option[T] {
	return lisette.MakeOptionSome[T](x)
}

func main() {
	fmt.Println(map_all([]int{1, 2}, wrap[int]))
	fmt.Println(map_all([]string{"a"}, wrap[string]))
}
