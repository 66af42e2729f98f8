package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Pair[A, B any] struct {
	first  A
	second B
}

func (v Pair[A, B]) String() string {
	return "Pair { first: " + lisette.FormatValue(v.first) + ", second: " + lisette.FormatValue(v.second) + " }"
}

func (self Pair[A, B]) Swap() Pair[B, A] {
	return Pair[B, A]{first: self.second, second: self.first}
}

func Pair_map_first[A, B, C any](self Pair[A, B], f func(A) C) Pair[C, B] {
	return Pair[C, B]{first: f(self.first), second: self.second}
}

func main() {
	p := Pair[int, string]{first: 3, second: "three"}
	fmt.Println(p.Swap())
	fmt.Println(Pair_map_first(p, func(n int) int {
		return n * 10
	}))
	fmt.Println(Pair_map_first(p, func(n int) bool {
		return n > 2
	}).Swap())
}
