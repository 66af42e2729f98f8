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

func (self *Gauge) raise() {
	self.level += 1
}

func (self Gauge) describe_after_raise(g *Gauge) string {
	g.raise()
	return fmt.Sprintf("receiver %v, gauge %v", self.level, g.level)
}

func main() {
	g := Gauge{level: 1}
	fmt.Println(g.describe_after_raise(&g))
}
