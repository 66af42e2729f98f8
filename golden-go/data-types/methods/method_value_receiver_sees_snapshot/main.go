package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Gauge struct {
	level int
}

func (v Gauge) String() string {
	return "Gauge { level: " + lisette.FormatValue(v.level) + " }"
}

func (self *Gauge) Raise() {
	self.level += 1
}

func (self Gauge) Describe_after_raise(g *Gauge) string {
	g.Raise()
	return fmt.Sprintf("receiver %v, gauge %v", self.level, g.level)
}

func main() {
	g := Gauge{level: 1}
	fmt.Println(g.Describe_after_raise(&g))
}
