package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Holder[T any] struct {
	item T
}

func (v Holder[T]) String() string {
	return "Holder { item: " + lisette.FormatValue(v.item) + " }"
}

func hold[T any](item T) Holder[T] {
	return Holder[T]{item: item}
}

func main() {
	a := hold(3)
	b := hold(3.0)
	c := hold(int8(-3))
	fmt.Printf("%T %T %T\n", a.item, b.item, c.item)
	fmt.Println(b.item / 2.0)
}
