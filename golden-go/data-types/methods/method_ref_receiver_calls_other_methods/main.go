package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meter struct {
	value int
	max_  int
}

func (v Meter) String() string {
	return "Meter { value: " + lisette.FormatValue(v.value) + ", max: " + lisette.FormatValue(v.max_) + " }"
}

func (self *Meter) add(n int) {
	self.value += n
	if self.over() {
		self.clamp()
	}
}

func (self *Meter) clamp() {
	self.value = self.max_
}

func (self Meter) over() bool {
	return self.value > self.max_
}

func main() {
	m := Meter{value: 0, max_: 10}
	m.add(4)
	fmt.Println(m.value)
	m.add(9)
	fmt.Println(m.value)
}
