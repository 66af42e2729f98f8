package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type IntSource interface {
	Get() int
}

type Box[T any] struct {
	item T
}

func (v Box[T]) String() string {
	return "Box { item: " + lisette.FormatValue(v.item) + " }"
}

func (self Box[T]) Get() T {
	return self.item
}

func Box_map[T, U any](self Box[T], f func(T) U) Box[U] {
	return Box[U]{item: f(self.item)}
}

func sum(sources []IntSource) int {
	total := 0
	for _, s := range sources {
		total += s.Get()
	}
	return total
}

func main() {
	label := Box[string]{item: "crate"}
	fmt.Println(label.Get())
	sized := Box_map(label, func(s string) int {
		return len(s)
	})
	fmt.Println(sum([]IntSource{Box[int]{item: 4}, Box[int]{item: 38}, sized}))
}
