package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func wrap[T any](x T) []T {
	return []T{x}
}

func main() {
	p := lisette.Tuple2[[]int, []string]{First: wrap(1), Second: wrap("x")}
	fmt.Println(p.First, p.Second)
}
