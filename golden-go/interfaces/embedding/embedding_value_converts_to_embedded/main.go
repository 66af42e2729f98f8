package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Source interface {
	Read() lisette.Option[int]
}

type Sink interface {
	Write(n int)
}

type Duplex interface {
	Source
	Sink
}

type Queue struct {
	items []int
}

func (v Queue) String() string {
	return "Queue { items: " + lisette.FormatValue(v.items) + " }"
}

func (self *Queue) Read() lisette.Option[int] {
	if len(self.items) == 0 {
		return lisette.MakeOptionNone[int]()
	}
	head := self.items[0]
	tail := self.items[1:len(self.items):len(self.items)]
	self.items = tail
	return lisette.MakeOptionSome[int](head)
}

func (self *Queue) Write(n int) {
	self.items = append(self.items, n)
}

func fill(s Sink, upto int) {
	for i, more := 1, 1 <= upto; more; i, more = i+1, i < upto {
		s.Write(i * i)
	}
}

func drain(s Source) int {
	sum := 0
	for {
		subject := s.Read()
		if subject.Tag != lisette.OptionSome {
			break
		}
		n := subject.SomeVal
		sum += n
	}
	return sum
}

func main() {
	q := Queue{items: []int{}}
	var d Duplex = &q
	fill(d, 4)
	var src Source = d
	fmt.Println(src.Read())
	fmt.Println(drain(d))
	fmt.Println(q.items)
}
