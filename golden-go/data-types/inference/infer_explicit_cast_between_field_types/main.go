package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Item struct {
	qty   int
	price float64
}

func (v Item) String() string {
	return "Item { qty: " + lisette.FormatValue(v.qty) + ", price: " + lisette.FormatValue(v.price) + " }"
}

func main() {
	it := Item{qty: 3, price: 2.5}
	cost := it.price * float64(it.qty)
	fmt.Println(cost)
}
