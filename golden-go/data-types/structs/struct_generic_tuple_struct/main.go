package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Tagged[T any] struct {
	F0 string
	F1 T
}

func (v Tagged[T]) String() string {
	return "Tagged(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ")"
}

func main() {
	id := Tagged[int]{F0: "id", F1: 7}
	name := Tagged[string]{F0: "name", F1: "Zoe"}
	fmt.Println(id, name)
	fmt.Println(id.F1*6, name.F1)
}
