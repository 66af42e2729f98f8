package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter interface {
	Value() int
}

type Hits struct {
	n int
}

func (v Hits) String() string {
	return "Hits { n: " + lisette.FormatValue(v.n) + " }"
}

func (self Hits) Value() int {
	return self.n
}

func (self *Hits) Hit() {
	self.n += 1
}

func main() {
	h := Hits{n: 0}
	var c Counter = &h
	h.Hit()
	h.Hit()
	fmt.Println(c)
	both := []Counter{c, Hits{n: 7}}
	fmt.Println(both)
}
