package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cart struct {
	total int
}

func (v Cart) String() string {
	return "Cart { total: " + lisette.FormatValue(v.total) + " }"
}

func (self Cart) Add(price int) int {
	return self.total + price
}

func (self Cart) Add_many(price, count int) int {
	return self.total + price*count
}

func main() {
	cart := Cart{total: 100}
	fmt.Println(cart.Add(5))
	fmt.Println(cart.Add_many(5, 3))
}
