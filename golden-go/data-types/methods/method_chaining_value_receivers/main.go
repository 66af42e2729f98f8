package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Money struct {
	cents int
}

func (v Money) String() string {
	return "Money { cents: " + lisette.FormatValue(v.cents) + " }"
}

func (self Money) Plus(cents int) Money {
	return Money{cents: self.cents + cents}
}

func (self Money) Times(n int) Money {
	return Money{cents: self.cents * n}
}

func (self Money) Show() string {
	euros := self.cents / 100
	rest := self.cents % 100
	if rest < 10 {
		return fmt.Sprintf("%v.0%v", euros, rest)
	} else {
		return fmt.Sprintf("%v.%v", euros, rest)
	}
}

func main() {
	base := Money{cents: 250}
	total := base.Plus(105).Times(3)
	fmt.Println(total.Show(), base.Show())
}
