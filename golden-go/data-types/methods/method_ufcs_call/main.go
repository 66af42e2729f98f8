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

func (self *Counter) Bump(by int) {
	self.hits += by
}

func (self Counter) Report(prefix string) string {
	return fmt.Sprintf("%v%v", prefix, self.hits)
}

func main() {
	c := Counter{hits: 1}
	c.Bump(4)
	fmt.Println(c.Report("hits="))
}
