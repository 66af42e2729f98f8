package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cursor[T any] interface {
	Next() lisette.Option[T]
}

type Queue[T any] struct {
	items []T
}

func (v Queue[T]) String() string {
	return "Queue { items: " + lisette.FormatValue(v.items) + " }"
}

func (self *Queue[T]) Next() lisette.Option[T] {
	if len(self.items) == 0 {
		return lisette.MakeOptionNone[T]()
	}
	head := self.items[0]
	rest := self.items[1:len(self.items):len(self.items)]
	self.items = rest
	return lisette.MakeOptionSome[T](head)
}

func count[T any](c Cursor[T]) int {
	n := 0
	for {
		subject := c.Next()
		if subject.Tag != lisette.OptionSome {
			break
		}
		n += 1
	}
	return n
}

func main() {
	names := Queue[string]{items: []string{"ada", "bo", "cy"}}
	scores := Queue[int]{items: []int{7, 9}}
	var first Cursor[string] = &names
	var numbers Cursor[int] = &scores
	fmt.Println(first.Next())
	fmt.Println(count(first), count(numbers))
	fmt.Println(len(names.items), len(scores.items))
}
