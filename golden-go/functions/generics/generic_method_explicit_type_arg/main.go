package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Box[T any] struct {
	value T
}

func (v Box[T]) String() string {
	return "Box { value: " + lisette.FormatValue(v.value) + " }"
}

func Box_map[T, U any](self Box[T], f func(T) U) Box[U] {
	return Box[U]{value: f(self.value)}
}

func main() {
	b := Box[int]{value: 4}
	c := Box_map(b, func(x int) float64 {
		return float64(x) / 8.0
	})
	d := Box_map(b, func(x int) string {
		return fmt.Sprintf("%v!", x)
	})
	fmt.Println(c, d)
}
