package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Ticker interface {
	Tick()
	Count() int
}

type Counter struct {
	n int
}

func (v Counter) String() string {
	return "Counter { n: " + lisette.FormatValue(v.n) + " }"
}

func (self *Counter) Tick() {
	self.n += 1
}

func (self Counter) Count() int {
	return self.n
}

func spin(t Ticker, times int) {
	for i := 0; i < times; i++ {
		t.Tick()
	}
}

func main() {
	c := Counter{n: 10}
	var t Ticker = &c
	spin(t, 3)
	fmt.Println(t.Count(), c.Count())
	c.Tick()
	fmt.Println(t.Count(), c.n)
}
