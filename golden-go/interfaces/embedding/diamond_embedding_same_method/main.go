package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Named interface {
	Name() string
}

type Reader interface {
	Named
	Read() int
}

type Writer interface {
	Named
	Write(v int) bool
}

type Device interface {
	Reader
	Writer
}

type Register struct {
	label string
	value int
}

func (v Register) String() string {
	return "Register { label: " + lisette.FormatValue(v.label) + ", value: " + lisette.FormatValue(v.value) + " }"
}

func (self Register) Name() string {
	return self.label
}

func (self Register) Read() int {
	return self.value
}

func (self Register) Write(v int) bool {
	return v >= 0 && v < 256
}

func main() {
	var d Device = Register{label: "r7", value: 42}
	fmt.Println(d.Name(), d.Read(), d.Write(300), d.Write(12))
	var n Named = d
	fmt.Println(n.Name())
}
