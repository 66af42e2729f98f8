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

func main() {
	p := Pair[int, string]{first: 1, second: "one"}
	q := Pair[float64, bool]{first: 2.5, second: true}
	fmt.Printf("%T %T\n", p.first, p.second)
	fmt.Printf("%T %T\n", q.first, q.second)
	fmt.Println(p)
	fmt.Println(q)
}
