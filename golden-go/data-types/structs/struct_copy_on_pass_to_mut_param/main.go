package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cart struct {
	items int
	total int
}

func (v Cart) String() string {
	return "Cart { items: " + lisette.FormatValue(v.items) + ", total: " + lisette.FormatValue(v.total) + " }"
}

func with_item(cart Cart, price int) Cart {
	cart.items += 1
	cart.total += price
	return cart
}

func main() {
	empty := Cart{items: 0, total: 0}
	one := with_item(empty, 250)
	two := with_item(one, 100)
	fmt.Println(empty)
	fmt.Println(one)
	fmt.Println(two)
}
