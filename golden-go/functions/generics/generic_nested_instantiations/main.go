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
	p := Pair[lisette.Option[int], []int]{first: lisette.MakeOptionSome[int](2), second: []int{7, 8}}
	q := Pair[Pair[lisette.Option[int], []int], string]{first: p, second: "tag"}
	fmt.Println(p)
	fmt.Println(len(q.first.second), q.second)
}
