package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cursor[T any] interface {
	Next() lisette.Option[T]
}

type Countdown struct {
	from int
}

func (v Countdown) String() string {
	return "Countdown { from: " + lisette.FormatValue(v.from) + " }"
}

func (self *Countdown) Next() lisette.Option[int] {
	if self.from <= 0 {
		return lisette.MakeOptionNone[int]()
	}
	self.from -= 1
	return lisette.MakeOptionSome[int](self.from + 1)
}

func drain[T any](c Cursor[T]) []T {
	out := []T{}
	for {
		subject := c.Next()
		if subject.Tag != lisette.OptionSome {
			break
		}
		v := subject.SomeVal
		out = append(out, v)
	}
	return out
}

func main() {
	cd := Countdown{from: 4}
	var c Cursor[int] = &cd
	fmt.Println(c.Next())
	fmt.Println(drain(c))
	fmt.Println(cd.from, c.Next())
}
