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

func (self *IdGen) Take() int {
	self.next += 1
	return self.next
}

func starting_at(n int) IdGen {
	return IdGen{next: n}
}

func main() {
	recv := starting_at(100)
	first := recv.Take()
	g := starting_at(0)
	a := g.Take()
	b := g.Take()
	fmt.Println(first, a, b, g.next)
}
