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

func (self *Tally) add(n int) {
	self.count += n
}

func (self Tally) doubled() int {
	return self.count * 2
}

func main() {
	t := Tally{count: 1}
	t.add(4)
	t.add(2)
	fmt.Println(t.count, t.doubled())
}
