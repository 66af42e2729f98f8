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

func swap[A, B any](p Pair[A, B]) Pair[B, A] {
	return Pair[B, A]{first: p.second, second: p.first}
}

func main() {
	p := lisette.MakeOptionSome[Pair[int, string]](Pair[int, string]{first: 1, second: "a"})
	var q lisette.Option[Pair[string, int]]
	if p.Tag == lisette.OptionSome {
		inner := p.SomeVal
		q = lisette.MakeOptionSome[Pair[string, int]](swap(inner))
	} else {
		q = lisette.MakeOptionNone[Pair[string, int]]()
	}
	fmt.Println(p, q)
}
