package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Bag interface {
	Size() int
}

type Items struct {
	list []int
}

func (v Items) String() string {
	return "Items { list: " + lisette.FormatValue(v.list) + " }"
}

func (self Items) Size() int {
	return len(self.list)
}

func main() {
	var a Bag = Items{list: []int{1}}
	var b Bag = Items{list: []int{1}}
	fmt.Println("comparing", a.Size(), b.Size())
	same := a == b
	fmt.Println("not reached", same)
}
