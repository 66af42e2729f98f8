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

type Probe struct {
	name   string
	target *Counter
}

func (v Probe) String() string {
	return "Probe { name: " + lisette.FormatValue(v.name) + ", target: " + lisette.FormatValue(v.target) + " }"
}

func main() {
	c := Counter{hits: 0}
	p1 := Probe{name: "a", target: &c}
	p2 := Probe{name: "b", target: &c}
	p1.target.hits += 1
	p2.target.hits += 10
	fmt.Println(c.hits, p1.name, p2.name)
}
