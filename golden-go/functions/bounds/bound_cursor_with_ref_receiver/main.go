package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cursor[T any] interface {
	Next() lisette.Option[T]
}

type Lines struct {
	items []string
	pos   int
}

func (v Lines) String() string {
	return "Lines { items: " + lisette.FormatValue(v.items) + ", pos: " + lisette.FormatValue(v.pos) + " }"
}

func (self *Lines) Next() lisette.Option[string] {
	item := lisette.SliceGet(self.items, self.pos)
	if item.IsSome() {
		self.pos += 1
	}
	return item
}

func take_two[C Cursor[string]](c C) []string {
	out := []string{}
	for i := 0; i < 2; i++ {
		subject := c.Next()
		if subject.Tag == lisette.OptionSome {
			s := subject.SomeVal
			out = append(out, s)
		}
	}
	return out
}

func main() {
	lines := Lines{items: []string{"one", "two", "three"}, pos: 0}
	fmt.Println(take_two(&lines))
	fmt.Println(take_two(&lines))
	fmt.Println(lines.pos)
}
