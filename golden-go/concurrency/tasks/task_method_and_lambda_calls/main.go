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

func (self Greeter) Greet(out chan string) {
	out <- fmt.Sprintf("hello from %v", self.name)
}

func main() {
	out := make(chan string)
	g := Greeter{name: "method"}
	go g.Greet(out)
	fmt.Println(lisette.ChannelReceive(out))
	shout := func(s string) bool {
		return lisette.ChannelSend(out, s+"!")
	}
	word := "lambda"
	go shout(word)
	word = "changed"
	fmt.Println(lisette.ChannelReceive(out), word)
}
