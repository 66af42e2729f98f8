package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Pair[A, B any] struct {
	left  A
	right B
}

func (v Pair[A, B]) String() string {
	return "Pair { left: " + lisette.FormatValue(v.left) + ", right: " + lisette.FormatValue(v.right) + " }"
}

func (self Pair[A, B]) Swapped() Pair[B, A] {
	return Pair[B, A]{left: self.right, right: self.left}
}

func main() {
	p := Pair[int, string]{left: 1, right: "one"}
	fmt.Println(p.Swapped())
	fmt.Println(p.Swapped().Swapped() == p)
}
