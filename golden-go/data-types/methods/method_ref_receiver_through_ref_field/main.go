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

type Handle struct {
	label  string
	target *Counter
}

func (v Handle) String() string {
	return "Handle { label: " + lisette.FormatValue(v.label) + ", target: " + lisette.FormatValue(v.target) + " }"
}

func main() {
	c := Counter{hits: 0}
	h := Handle{label: "main", target: &c}
	h.target.Bump()
	h.target.Bump()
	fmt.Println(h.label, c.hits)
}
