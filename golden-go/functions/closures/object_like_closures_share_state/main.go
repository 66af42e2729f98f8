package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter struct {
	inc   func(int)
	reset func()
	get   func() int
}

func (v Counter) String() string {
	return "Counter { inc: " + lisette.FormatValue(v.inc) + ", reset: " + lisette.FormatValue(v.reset) + ", get: " + lisette.FormatValue(v.get) + " }"
}

func new_counter() Counter {
	value := 0
	return Counter{inc: func(by int) {
		value += by
	}, reset: func() {
		value = 0
	}, get: func() int {
		return value
	}}
}

func main() {
	a := new_counter()
	b := new_counter()
	a.inc(5)
	a.inc(2)
	b.inc(1)
	fmt.Println(a.get(), b.get())
	a.reset()
	a.inc(3)
	fmt.Println(a.get(), b.get())
}
