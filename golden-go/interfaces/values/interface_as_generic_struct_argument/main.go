package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Animal interface {
	Sound() string
}

type Dog struct{}

func (v Dog) String() string {
	return "Dog {}"
}

type Cow struct {
	name string
}

func (v Cow) String() string {
	return "Cow { name: " + lisette.FormatValue(v.name) + " }"
}

func (self Dog) Sound() string {
	return "woof"
}

func (self Cow) Sound() string {
	return self.name + " says moo"
}

type Pen[T any] struct {
	label     string
	occupants []T
}

func (v Pen[T]) String() string {
	return "Pen { label: " + lisette.FormatValue(v.label) + ", occupants: " + lisette.FormatValue(v.occupants) + " }"
}

func (self Pen[T]) Size() int {
	return len(self.occupants)
}

func main() {
	barn := Pen[Animal]{label: "barn", occupants: []Animal{Dog{}, Cow{name: "daisy"}}}
	fmt.Println(barn.label, barn.Size())
	for _, a := range barn.occupants {
		fmt.Println(a.Sound())
	}
}
