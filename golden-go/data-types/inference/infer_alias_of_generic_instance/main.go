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

func grow(b Boxed[int]) Boxed[int] {
	return Boxed[int]{value: b.value * 10}
}

func main() {
	b := Boxed[int]{value: 4}
	fmt.Println(grow(b), grow(grow(b)).value)
}
