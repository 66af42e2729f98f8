package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Line struct {
	product    string
	qty        int
	unit_price int
}

func (v Line) String() string {
	return "Line { product: " + lisette.FormatValue(v.product) + ", qty: " + lisette.FormatValue(v.qty) + ", unit_price: " + lisette.FormatValue(v.unit_price) + " }"
}

func main() {
	invoice := []Line{Line{product: "pen", qty: 3, unit_price: 2}, Line{product: "pad", qty: 2, unit_price: 5}}
	total := 0
	for _, item := range invoice {
		product := item.product
		qty := item.qty
		unit_price := item.unit_price
		cost := qty * unit_price
		fmt.Println(product, cost)
		total += cost
	}
	fmt.Println("total", total)
}
