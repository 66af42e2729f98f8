package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Sensor interface {
	Read() int
}

type Named interface {
	Name() string
}

type Thermometer struct {
	room  string
	value int
}

func (v Thermometer) String() string {
	return "Thermometer { room: " + lisette.FormatValue(v.room) + ", value: " + lisette.FormatValue(v.value) + " }"
}

func (self Thermometer) Read() int {
	return self.value
}

func (self Thermometer) Name() string {
	return fmt.Sprintf("thermometer in %v", self.room)
}

func poll(s Sensor) int {
	return s.Read() * 2
}

func title(n Named) string {
	return n.Name()
}

func main() {
	t := Thermometer{room: "attic", value: 21}
	fmt.Println(title(t))
	fmt.Println(poll(t))
}
