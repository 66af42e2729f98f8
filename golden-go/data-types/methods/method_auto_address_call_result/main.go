package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type IdGen struct {
	next int
}

func (v IdGen) String() string {
	return "IdGen { next: " + lisette.FormatValue(v.next) + " }"
}

func (self *IdGen) take() int {
	self.next += 1
	return self.next
}

func starting_at(n int) IdGen {
	return IdGen{next: n}
}

func main() {
	recv := starting_at(100)
	first := recv.take()
	g := starting_at(0)
	a := g.take()
	b := g.take()
	fmt.Println(first, a, b, g.next)
}
