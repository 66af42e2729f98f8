package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cart struct {
	items int
	total float64
}

func (v Cart) String() string {
	return "Cart { items: " + lisette.FormatValue(v.items) + ", total: " + lisette.FormatValue(v.total) + " }"
}

func main() {
	cart := Cart{items: 0, total: 0.0}
	add := func(price float64) {
		cart.items += 1
		cart.total += price
	}
	add(2.5)
	add(4.0)
	fmt.Println(cart)
}
