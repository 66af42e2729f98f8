package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Slot[T any] struct {
	label string
	value T
}

func (v Slot[T]) String() string {
	return "Slot { label: " + lisette.FormatValue(v.label) + ", value: " + lisette.FormatValue(v.value) + " }"
}

func main() {
	s := Slot[float64]{label: "ratio", value: 0.25}
	t := Slot[Slot[int]]{label: "outer", value: Slot[int]{label: "inner", value: 9}}
	fmt.Println(s.value * 4.0)
	fmt.Println(t.value.value + 1)
	fmt.Println(t)
}
