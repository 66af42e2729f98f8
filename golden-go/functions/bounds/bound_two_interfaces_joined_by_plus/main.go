package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Named interface {
	Name() string
}

type Priced interface {
	Price() int
}

type Lamp struct {
	watts int
}

func (v Lamp) String() string {
	return "Lamp { watts: " + lisette.FormatValue(v.watts) + " }"
}

func (self Lamp) Name() string {
	return fmt.Sprintf("lamp %vW", self.watts)
}

func (self Lamp) Price() int {
	return self.watts * 2
}

func tag[T interface {
	Named
	Priced
}](item T) string {
	return fmt.Sprintf("%v: %v EUR", item.Name(), item.Price())
}

func main() {
	fmt.Println(tag(Lamp{watts: 40}))
}
