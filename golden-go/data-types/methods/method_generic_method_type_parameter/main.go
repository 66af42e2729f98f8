package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Labeled[T any] struct {
	label string
	value T
}

func (v Labeled[T]) String() string {
	return "Labeled { label: " + lisette.FormatValue(v.label) + ", value: " + lisette.FormatValue(v.value) + " }"
}

func Labeled_map[T, U any](self Labeled[T], f func(T) U) Labeled[U] {
	return Labeled[U]{label: self.label, value: f(self.value)}
}

func main() {
	price := Labeled[int]{label: "price", value: 12}
	text := Labeled_map(price, func(v int) string {
		return fmt.Sprintf("%v EUR", v)
	})
	half := Labeled_map(price, func(v int) float64 {
		return float64(v) / 2.0
	})
	fmt.Println(text)
	fmt.Println(half)
}
