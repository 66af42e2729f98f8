package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Tagged[T any] struct {
	tag   string
	value T
}

func (v Tagged[T]) String() string {
	return "Tagged { tag: " + lisette.FormatValue(v.tag) + ", value: " + lisette.FormatValue(v.value) + " }"
}

func tagged[T any](tag string, value T) Tagged[T] {
	return Tagged[T]{tag: tag, value: value}
}

func main() {
	a := tagged("count", 3)
	b := tagged("name", "ivy")
	fmt.Println(a, b)
}
