package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func first[T any](xs []T) lisette.Option[T] {
	return lisette.SliceGet(xs, 0)
}

func main() {
	pick := first[string]
	fmt.Println(pick([]string{"a", "b"}))
}
