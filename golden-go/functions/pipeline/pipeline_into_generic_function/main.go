package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func wrap[T any](x T) []T {
	return []T{x}
}

func first_or[T any](xs []T, fallback T) T {
	subject := lisette.SliceGet(xs, 0)
	if subject.Tag == lisette.OptionSome {
		x := subject.SomeVal
		return x
	}
	return fallback
}

func main() {
	fmt.Println(wrap("a"))
	fmt.Println(first_or(wrap(3), 0))
}
