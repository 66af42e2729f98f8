package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter struct {
	n int
}

func (v Counter) String() string {
	return "Counter { n: " + lisette.FormatValue(v.n) + " }"
}

func (self *Counter) Bump() {
	self.n += 1
}

func main() {
	c := Counter{n: 0}
	tick := func() {
		c.Bump()
	}
	tick()
	tick()
	tick()
	fmt.Println(c.n)
}
