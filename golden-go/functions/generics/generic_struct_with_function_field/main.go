package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Check[T any] struct {
	name string
	test func(T) bool
}

func (v Check[T]) String() string {
	return "Check { name: " + lisette.FormatValue(v.name) + ", test: " + lisette.FormatValue(v.test) + " }"
}

func (self Check[T]) Run(value T) string {
	if self.test(value) {
		return fmt.Sprintf("%v: ok", self.name)
	} else {
		return fmt.Sprintf("%v: failed", self.name)
	}
}

func main() {
	not_empty := Check[string]{name: "not empty", test: func(s string) bool {
		return !(len(s) == 0)
	}}
	small := Check[int]{name: "small", test: func(n int) bool {
		return n < 10
	}}
	fmt.Println(not_empty.Run(""))
	fmt.Println(small.Run(3))
}
