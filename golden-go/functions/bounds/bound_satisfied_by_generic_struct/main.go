package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Labeled interface {
	Label() string
}

type Named[T any] struct {
	name  string
	value T
}

func (v Named[T]) String() string {
	return "Named { name: " + lisette.FormatValue(v.name) + ", value: " + lisette.FormatValue(v.value) + " }"
}

func (self Named[T]) Label() string {
	return fmt.Sprintf("%v=%v", self.name, self.value)
}

func show[T Labeled](x T) string {
	return fmt.Sprintf("<%v>", x.Label())
}

func main() {
	fmt.Println(show(Named[int]{name: "port", value: 8080}))
	fmt.Println(show(Named[string]{name: "host", value: "local"}))
}
