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

func (self *Counter) bump(by int) {
	self.hits += by
}

func (self Counter) report(prefix string) string {
	return fmt.Sprintf("%v%v", prefix, self.hits)
}

func main() {
	c := Counter{hits: 1}
	c.bump(4)
	fmt.Println(c.report("hits="))
}
