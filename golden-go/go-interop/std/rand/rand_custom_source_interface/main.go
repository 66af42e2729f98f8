package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/rand/v2"
)

type Stepper struct {
	state uint64
}

func (v Stepper) String() string {
	return "Stepper { state: " + lisette.FormatValue(v.state) + " }"
}

func (self *Stepper) Uint64() uint64 {
	self.state += 1
	return self.state * 1000
}

func main() {
	src := Stepper{state: 0}
	r := rand.New(&src)
	fmt.Println(r.Uint64(), r.Uint64(), r.Uint64())
	fmt.Println("state:", src.state)
	fmt.Println(r.Int64() > 0)
}
