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

func (self Money) plus(cents int) Money {
	return Money{cents: self.cents + cents}
}

func (self Money) times(n int) Money {
	return Money{cents: self.cents * n}
}

func (self Money) show() string {
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
	total := base.plus(105).times(3)
	fmt.Println(total.show(), base.show())
}
