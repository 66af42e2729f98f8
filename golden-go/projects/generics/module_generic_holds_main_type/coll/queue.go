package coll

import lisette "lisette.dev/prelude"

type Queue[T any] struct {
	items []T
}

func (v Queue[T]) String() string {
	return "Queue { items: " + lisette.FormatValue(v.items) + " }"
}

func Queue_New[T any]() Queue[T] {
	return Queue[T]{items: []T{}}
}

func (self *Queue[T]) Add(v T) {
	self.items = append(self.items, v)
}

func (self *Queue[T]) Take() lisette.Option[T] {
	if len(self.items) == 0 {
		return lisette.MakeOptionNone[T]()
	}
	first := self.items[0]
	self.items = self.items[1:len(self.items):len(self.items)]
	return lisette.MakeOptionSome[T](first)
}
