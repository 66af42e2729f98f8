package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meter interface {
	Record(amount int)
	Reading() int
}

type Water struct {
	liters int
}

func (v Water) String() string {
	return "Water { liters: " + lisette.FormatValue(v.liters) + " }"
}

type Power struct {
	watts  int
	events int
}

func (v Power) String() string {
	return "Power { watts: " + lisette.FormatValue(v.watts) + ", events: " + lisette.FormatValue(v.events) + " }"
}

func (self *Water) Record(amount int) {
	self.liters += amount
}

func (self Water) Reading() int {
	return self.liters
}

func (self *Power) Record(amount int) {
	self.watts += amount * 2
	self.events += 1
}

func (self Power) Reading() int {
	return self.watts
}

func main() {
	w := Water{liters: 0}
	p := Power{watts: 100, events: 0}
	meters := []Meter{&w, &p}
	for _, amount := range []int{5, 7} {
		for _, m := range meters {
			m.Record(amount)
		}
	}
	fmt.Println(w.liters, p.watts, p.events)
	fmt.Println(meters[0].Reading() + meters[1].Reading())
}
