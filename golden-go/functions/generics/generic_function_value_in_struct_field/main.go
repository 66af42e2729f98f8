package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Step[T any] struct {
	name  string
	apply func(T) T
}

func (v Step[T]) String() string {
	return "Step { name: " + lisette.FormatValue(v.name) + ", apply: " + lisette.FormatValue(v.apply) + " }"
}

func identity[T any](x T) T {
	return x
}

func main() {
	steps := []Step[int]{Step[int]{name: "keep", apply: identity[int]}, Step[int]{name: "bump", apply: func(n int) int {
		return n + 1
	}}}
	for _, s := range steps {
		fmt.Println(s.name, s.apply(41))
	}
}
