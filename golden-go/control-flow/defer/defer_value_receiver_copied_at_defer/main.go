package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter struct {
	label string
	hits  int
}

func (v Counter) String() string {
	return "Counter { label: " + lisette.FormatValue(v.label) + ", hits: " + lisette.FormatValue(v.hits) + " }"
}

func (self Counter) Show() {
	fmt.Println(self.label, self.hits)
}

func main() {
	c := Counter{label: "visits", hits: 1}
	defer c.Show()
	c.hits += 10
	fmt.Println("now", c.hits)
}
