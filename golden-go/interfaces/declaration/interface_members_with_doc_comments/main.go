package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Switch interface {
	On() string
	Off() string
}

type Lamp struct {
	room string
}

func (v Lamp) String() string {
	return "Lamp { room: " + lisette.FormatValue(v.room) + " }"
}

func (self Lamp) On() string {
	return fmt.Sprintf("%v lamp on", self.room)
}

func (self Lamp) Off() string {
	return fmt.Sprintf("%v lamp off", self.room)
}

func cycle(s Switch) {
	fmt.Println(s.On())
	fmt.Println(s.Off())
}

func main() {
	cycle(Lamp{room: "hall"})
}
