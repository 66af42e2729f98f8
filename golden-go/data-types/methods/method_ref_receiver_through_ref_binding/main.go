package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter struct {
	hits int
}

func (v Counter) String() string {
	return "Counter { hits: " + lisette.FormatValue(v.hits) + " }"
}

func (self *Counter) Bump() {
	self.hits += 1
}

func bump_twice(c *Counter) {
	c.Bump()
	c.Bump()
}

func main() {
	c := Counter{hits: 0}
	r := &c
	r.Bump()
	bump_twice(r)
	fmt.Println(c.hits)
}
