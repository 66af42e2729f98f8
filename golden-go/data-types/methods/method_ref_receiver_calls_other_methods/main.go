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

func (self *Meter) Add(n int) {
	self.value += n
	if self.Over() {
		self.Clamp()
	}
}

func (self *Meter) Clamp() {
	self.value = self.max_
}

func (self Meter) Over() bool {
	return self.value > self.max_
}

func main() {
	m := Meter{value: 0, max_: 10}
	m.Add(4)
	fmt.Println(m.value)
	m.Add(9)
	fmt.Println(m.value)
}
