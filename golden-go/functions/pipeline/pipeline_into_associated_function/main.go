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

func Money_from_euros(euros int) Money {
	return Money{cents: euros * 100}
}

func with_tax(m Money, pct int) Money {
	return Money{cents: m.cents + m.cents*pct/100}
}

func main() {
	price := with_tax(Money_from_euros(12), 20)
	fmt.Println(price)
}
