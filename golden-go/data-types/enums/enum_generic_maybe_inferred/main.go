package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type MaybeTag int

const (
	MaybeJust MaybeTag = iota
	MaybeNothing
)

type Maybe[T any] struct {
	Tag  MaybeTag
	Just T
}

func (v Maybe[T]) String() string {
	switch v.Tag {
	case MaybeJust:
		return "Maybe.Just(" + lisette.FormatValue(v.Just) + ")"
	}
	return "Maybe.Nothing"
}

func or_default(m Maybe[int], d int) int {
	if m.Tag == MaybeJust {
		v := m.Just
		return v
	}
	return d
}

func main() {
	a := Maybe[int]{Tag: MaybeJust, Just: 5}
	b := Maybe[int]{Tag: MaybeNothing}
	c := Maybe[string]{Tag: MaybeJust, Just: "text"}
	fmt.Println(or_default(a, 0), or_default(b, -1))
	fmt.Println(a, b, c)
}
