package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Stack[T any] struct {
	items []T
}

func (v Stack[T]) String() string {
	return "Stack { items: " + lisette.FormatValue(v.items) + " }"
}

func Stack_empty[T any]() Stack[T] {
	return Stack[T]{items: []T{}}
}

func (self *Stack[T]) Push(x T) {
	self.items = append(self.items, x)
}

func (self *Stack[T]) Pop() lisette.Option[T] {
	n := len(self.items)
	if n == 0 {
		return lisette.MakeOptionNone[T]()
	}
	top := self.items[n-1]
	self.items = lisette.SliceRange(self.items, 0, n-1)
	return lisette.MakeOptionSome[T](top)
}

func (self Stack[T]) Size() int {
	return len(self.items)
}

func main() {
	s := Stack_empty[string]()
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Println(s.Pop(), s.Size())
	fmt.Println(s.Pop(), s.Pop(), s.Pop())
}
