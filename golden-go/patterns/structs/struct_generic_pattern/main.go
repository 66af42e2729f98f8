package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Pair[T any] struct {
	left  T
	right T
}

func (v Pair[T]) String() string {
	return "Pair { left: " + lisette.FormatValue(v.left) + ", right: " + lisette.FormatValue(v.right) + " }"
}

func describe(p Pair[lisette.Option[int]]) string {
	if p.left.Tag == lisette.OptionSome {
		if p.right.Tag == lisette.OptionSome {
			a := p.left.SomeVal
			b := p.right.SomeVal
			return fmt.Sprintf("both: %v %v", a, b)
		}
		a := p.left.SomeVal
		return fmt.Sprintf("left only: %v", a)
	}
	if p.right.Tag == lisette.OptionSome {
		b := p.right.SomeVal
		return fmt.Sprintf("right only: %v", b)
	}
	return "neither"
}

func main() {
	fmt.Println(describe(Pair[lisette.Option[int]]{left: lisette.MakeOptionSome[int](1), right: lisette.MakeOptionSome[int](2)}))
	fmt.Println(describe(Pair[lisette.Option[int]]{left: lisette.MakeOptionNone[int](), right: lisette.MakeOptionSome[int](9)}))
	fmt.Println(describe(Pair[lisette.Option[int]]{left: lisette.MakeOptionNone[int](), right: lisette.MakeOptionNone[int]()}))
}
