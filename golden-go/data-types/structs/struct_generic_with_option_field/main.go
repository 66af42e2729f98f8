package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Memo[T any] struct {
	last   lisette.Option[T]
	writes int
}

func (v Memo[T]) String() string {
	return "Memo { last: " + lisette.FormatValue(v.last) + ", writes: " + lisette.FormatValue(v.writes) + " }"
}

func main() {
	m := Memo[string]{last: lisette.MakeOptionNone[string](), writes: 0}
	fmt.Println(m)
	m.last = lisette.MakeOptionSome[string]("draft")
	m.writes += 1
	m.last = lisette.MakeOptionSome[string]("final")
	m.writes += 1
	fmt.Println(m)
}
