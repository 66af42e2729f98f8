package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Order struct {
	id    int
	total int
}

func (v Order) String() string {
	return "Order { id: " + lisette.FormatValue(v.id) + ", total: " + lisette.FormatValue(v.total) + " }"
}

func main() {
	order := Order{id: 7, total: 30}
	_ = order.total
	fmt.Println("order", order.id, "costs", order.total)
}
