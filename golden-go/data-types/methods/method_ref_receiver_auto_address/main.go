package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Tally struct {
	count int
}

func (v Tally) String() string {
	return "Tally { count: " + lisette.FormatValue(v.count) + " }"
}

func (self *Tally) Add(n int) {
	self.count += n
}

func (self Tally) Doubled() int {
	return self.count * 2
}

func main() {
	t := Tally{count: 1}
	t.Add(4)
	t.Add(2)
	fmt.Println(t.count, t.Doubled())
}
