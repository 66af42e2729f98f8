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

func (self *Stack[T]) push(item T) {
	self.items = append(self.items, item)
}

func (self *Stack[T]) pop() lisette.Option[T] {
	n := len(self.items)
	if n == 0 {
		return lisette.MakeOptionNone[T]()
	}
	top := self.items[n-1]
	self.items = lisette.SliceRange(self.items, 0, n-1)
	return lisette.MakeOptionSome[T](top)
}

func (self Stack[T]) size() int {
	return len(self.items)
}

func main() {
	nums := Stack_empty[int]()
	nums.push(1)
	nums.push(2)
	nums.push(3)
	fmt.Println(nums.pop(), nums.size())
	words := Stack_empty[string]()
	words.push("a")
	fmt.Println(words.pop(), words.pop())
}
