package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Clicker interface {
	Click()
	Total() int
}

type Turnstile struct {
	passes int
}

func (v Turnstile) String() string {
	return "Turnstile { passes: " + lisette.FormatValue(v.passes) + " }"
}

func (self *Turnstile) Click() {
	self.passes += 1
}

func (self Turnstile) Total() int {
	return self.passes
}

type Gate struct {
	name    string
	counter Clicker
}

func (v Gate) String() string {
	return "Gate { name: " + lisette.FormatValue(v.name) + ", counter: " + lisette.FormatValue(v.counter) + " }"
}

func main() {
	gate_counter := Turnstile{passes: 0}
	var shared Clicker = &gate_counter
	north := Gate{name: "north", counter: shared}
	south := Gate{name: "south", counter: shared}
	north.counter.Click()
	south.counter.Click()
	south.counter.Click()
	fmt.Println(north.name, north.counter.Total())
	fmt.Println(south.name, south.counter.Total())
	fmt.Println(gate_counter.passes)
}
