package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cursor[T any] interface {
	Next() lisette.Option[T]
}

type Peekable[T any] interface {
	Cursor[T]
	Peek() lisette.Option[T]
}

type Letters struct {
	text string
	pos  int
}

func (v Letters) String() string {
	return "Letters { text: " + lisette.FormatValue(v.text) + ", pos: " + lisette.FormatValue(v.pos) + " }"
}

func (self *Letters) Next() lisette.Option[string] {
	if self.pos >= len(self.text) {
		return lisette.MakeOptionNone[string]()
	}
	self.pos += 1
	return lisette.MakeOptionSome[string](self.text[self.pos-1 : self.pos])
}

func (self *Letters) Peek() lisette.Option[string] {
	if self.pos >= len(self.text) {
		return lisette.MakeOptionNone[string]()
	} else {
		return lisette.MakeOptionSome[string](self.text[self.pos : self.pos+1])
	}
}

func collect(c Peekable[string]) []string {
	out := []string{}
	for {
		subject := c.Next()
		if subject.Tag != lisette.OptionSome {
			break
		}
		s := subject.SomeVal
		ahead := c.Peek().UnwrapOr("end")
		out = append(out, s+">"+ahead)
	}
	return out
}

func main() {
	letters := Letters{text: "abc", pos: 0}
	fmt.Println(collect(&letters))
	fmt.Println(letters.pos)
}
