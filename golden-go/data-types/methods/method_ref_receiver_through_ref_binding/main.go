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

func (self *Counter) bump() {
	self.hits += 1
}

func bump_twice(c *Counter) {
	c.bump()
	c.bump()
}

func main() {
	c := Counter{hits: 0}
	r := &c
	r.bump()
	bump_twice(r)
	fmt.Println(c.hits)
}
