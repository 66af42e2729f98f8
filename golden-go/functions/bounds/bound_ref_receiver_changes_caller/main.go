package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Tick interface {
	Tick()
}

type Clock struct {
	minutes int
}

func (v Clock) String() string {
	return "Clock { minutes: " + lisette.FormatValue(v.minutes) + " }"
}

func (self *Clock) Tick() {
	self.minutes += 15
}

func advance[T Tick](t T, times int) {
	for i := 0; i < times; i++ {
		t.Tick()
	}
}

func main() {
	clock := Clock{minutes: 0}
	advance(&clock, 3)
	fmt.Println(clock.minutes)
	advance(&clock, 1)
	fmt.Println(clock)
}
