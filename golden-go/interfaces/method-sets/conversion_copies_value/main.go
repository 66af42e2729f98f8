package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Priced interface {
	Price() int
}

type Ticket struct {
	base      int
	surcharge int
}

func (v Ticket) String() string {
	return "Ticket { base: " + lisette.FormatValue(v.base) + ", surcharge: " + lisette.FormatValue(v.surcharge) + " }"
}

func (self Ticket) Price() int {
	return self.base + self.surcharge
}

func main() {
	t := Ticket{base: 40, surcharge: 5}
	var quoted Priced = t
	t.surcharge = 20
	basket := []Priced{t}
	t.base = 100
	basket = append(basket, t)
	fmt.Println(quoted.Price(), t.Price())
	for _, p := range basket {
		fmt.Println(p.Price())
	}
}
