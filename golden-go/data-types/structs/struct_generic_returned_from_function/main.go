package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Boxed[T any] struct {
	value T
}

func (v Boxed[T]) String() string {
	return "Boxed { value: " + lisette.FormatValue(v.value) + " }"
}

func boxed[T any](value T) Boxed[T] {
	return Boxed[T]{value: value}
}

func main() {
	word := boxed("hello")
	count := boxed(41)
	fmt.Println(len(word.value), count.value+1)
	fmt.Println(word, count)
}
