package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Greeter struct {
	name string
}

func (v Greeter) String() string {
	return "Greeter { name: " + lisette.FormatValue(v.name) + " }"
}

func (self Greeter) Greet(visitor string) string {
	return "hello from " + self.name
}

func (self Greeter) Version() int {
	return 2
}

func main() {
	g := Greeter{name: "desk"}
	fmt.Println(g.Greet("ann"), g.Version())
}
