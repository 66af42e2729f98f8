package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Lamp struct {
	on     bool
	dimmed bool
	watts  int
}

func (v Lamp) String() string {
	return "Lamp { on: " + lisette.FormatValue(v.on) + ", dimmed: " + lisette.FormatValue(v.dimmed) + ", watts: " + lisette.FormatValue(v.watts) + " }"
}

func glow(l Lamp) int {
	if !l.on {
		return 0
	}
	if l.dimmed {
		watts := l.watts
		return watts / 2
	}
	watts := l.watts
	return watts
}

func main() {
	fmt.Println(glow(Lamp{on: true, dimmed: true, watts: 60}))
	fmt.Println(glow(Lamp{on: true, dimmed: false, watts: 60}))
	fmt.Println(glow(Lamp{on: false, dimmed: true, watts: 60}))
}
