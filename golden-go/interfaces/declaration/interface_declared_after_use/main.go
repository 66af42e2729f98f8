package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func welcome(g Greeter, name string) {
	g.Greet(name)
}

type Formal struct {
	title string
}

func (v Formal) String() string {
	return "Formal { title: " + lisette.FormatValue(v.title) + " }"
}

func (self Formal) Greet(name string) {
	fmt.Printf("Good evening, %v %v.\n", self.title, name)
}

type Greeter interface {
	Greet(name string)
}

func main() {
	welcome(Formal{title: "Dr."}, "Okafor")
}
