package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Sized interface {
	Size() int
}

type Container interface {
	Sized
	Size() int
	Is_full() bool
}

type Crate struct {
	bottles  int
	capacity int
}

func (v Crate) String() string {
	return "Crate { bottles: " + lisette.FormatValue(v.bottles) + ", capacity: " + lisette.FormatValue(v.capacity) + " }"
}

func (self Crate) Size() int {
	return self.bottles
}

func (self Crate) Is_full() bool {
	return self.bottles == self.capacity
}

func main() {
	var c Container = Crate{bottles: 12, capacity: 12}
	fmt.Println(c.Size(), c.Is_full())
}
