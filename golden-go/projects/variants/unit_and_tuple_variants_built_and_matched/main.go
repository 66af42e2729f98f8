package main

import (
	"fmt"
	"golden/projects/variants/unit_and_tuple_variants_built_and_matched/orders"
)

func describe(s orders.Status) string {
	switch s.Tag {
	case orders.StatusPending:
		return "waiting"
	case orders.StatusPaid:
		cents := s.Paid
		return fmt.Sprintf("paid %v", cents)
	case orders.StatusCancelled:
		why := s.Cancelled
		return fmt.Sprintf("cancelled: %v", why)
	}
	panic("unreachable")
}

func main() {
	all := []orders.Status{orders.Status{Tag: orders.StatusPending}, orders.Status{Tag: orders.StatusPaid, Paid: 1999}, orders.Status{Tag: orders.StatusCancelled, Cancelled: "out of stock"}}
	for _, s := range all {
		fmt.Println(describe(s))
	}
	fmt.Println(all)
}
