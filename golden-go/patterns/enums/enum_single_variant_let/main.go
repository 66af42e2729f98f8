package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type OrderIdTag int

const (
	OrderIdId OrderIdTag = iota
)

type OrderId struct {
	Tag OrderIdTag
	Id0 string
	Id1 int
}

func (v OrderId) String() string {
	return "OrderId.Id(" + lisette.FormatValue(v.Id0) + ", " + lisette.FormatValue(v.Id1) + ")"
}

func describe(o OrderId) string {
	prefix := o.Id0
	number := o.Id1
	return fmt.Sprintf("%v-%v", prefix, number)
}

func main() {
	fmt.Println(describe(OrderId{Tag: OrderIdId, Id0: "INV", Id1: 2041}))
	ids := []OrderId{OrderId{Tag: OrderIdId, Id0: "A", Id1: 1}, OrderId{Tag: OrderIdId, Id0: "B", Id1: 2}}
	total := 0
	for _, item := range ids {
		n := item.Id1
		total += n
	}
	fmt.Println(total)
}
