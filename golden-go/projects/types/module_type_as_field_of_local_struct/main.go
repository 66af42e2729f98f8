package main

import (
	"fmt"
	"golden/projects/types/module_type_as_field_of_local_struct/shop"
	lisette "lisette.dev/prelude"
)

type Order struct {
	item shop.Item
	qty  int
}

func (v Order) String() string {
	return "Order { item: " + lisette.FormatValue(v.item) + ", qty: " + lisette.FormatValue(v.qty) + " }"
}

func total(o Order) int {
	return o.item.Cents * o.qty
}

func main() {
	o := Order{item: shop.Item{Name: "pen", Cents: 150}, qty: 3}
	fmt.Println(o)
	fmt.Println(total(o))
}
