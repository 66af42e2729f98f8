package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cursor[T any] interface {
	Next() lisette.Option[T]
}

type Evens struct {
	at   int
	stop int
}

func (v Evens) String() string {
	return "Evens { at: " + lisette.FormatValue(v.at) + ", stop: " + lisette.FormatValue(v.stop) + " }"
}

func (self *Evens) Next() lisette.Option[int] {
	if self.at > self.stop {
		return lisette.MakeOptionNone[int]()
	}
	self.at += 2
	return lisette.MakeOptionSome[int](self.at - 2)
}

type Averager struct {
	name  string
	input Cursor[int]
}

func (v Averager) String() string {
	return "Averager { name: " + lisette.FormatValue(v.name) + ", input: " + lisette.FormatValue(v.input) + " }"
}

func (self Averager) Run() string {
	sum := 0
	n := 0
	for {
		subject := self.input.Next()
		if subject.Tag != lisette.OptionSome {
			break
		}
		v := subject.SomeVal
		sum += v
		n += 1
	}
	if n == 0 {
		return fmt.Sprintf("%v: no data", self.name)
	} else {
		return fmt.Sprintf("%v: %v over %v", self.name, sum/n, n)
	}
}

func main() {
	evens := Evens{at: 2, stop: 10}
	a := Averager{name: "evens", input: &evens}
	fmt.Println(a.Run())
	fmt.Println(a.Run())
}
