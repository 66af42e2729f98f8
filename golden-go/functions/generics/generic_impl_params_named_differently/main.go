package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Crate[Item any] struct {
	items []Item
	label string
}

func (v Crate[Item]) String() string {
	return "Crate { items: " + lisette.FormatValue(v.items) + ", label: " + lisette.FormatValue(v.label) + " }"
}

func (self Crate[X]) Count() int {
	return len(self.items)
}

func (self Crate[X]) With(item X) Crate[X] {
	return Crate[X]{items: append(self.items, item), label: self.label}
}

func main() {
	fruit := Crate[string]{items: []string{"apple"}, label: "fruit"}
	c := fruit.With("pear")
	fmt.Println(c.label, c.Count(), c.items)
}
