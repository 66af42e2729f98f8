package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type StatusTag int

const (
	StatusPending StatusTag = iota
	StatusShipped
	StatusCancelled
)

type Status struct {
	Tag StatusTag
}

func (v Status) String() string {
	switch v.Tag {
	case StatusPending:
		return "Status.Pending"
	case StatusShipped:
		return "Status.Shipped"
	}
	return "Status.Cancelled"
}

type Order struct {
	id       int
	customer string
	amount   int
	status   Status
}

func (v Order) String() string {
	return "Order { id: " + lisette.FormatValue(v.id) + ", customer: " + lisette.FormatValue(v.customer) + ", amount: " + lisette.FormatValue(v.amount) + ", status: " + lisette.FormatValue(v.status) + " }"
}

type Summary struct {
	count   int
	total   int
	largest lisette.Option[Order]
}

func (v Summary) String() string {
	return "Summary { count: " + lisette.FormatValue(v.count) + ", total: " + lisette.FormatValue(v.total) + ", largest: " + lisette.FormatValue(v.largest) + " }"
}

func not_cancelled(orders []Order) []Order {
	return lisette.SliceFilter(orders, func(o Order) bool {
		return o.status != Status{Tag: StatusCancelled}
	})
}

func with_status(orders []Order, status Status) []Order {
	return lisette.SliceFilter(orders, func(o Order) bool {
		return o.status == status
	})
}

func at_least(orders []Order, min_ int) []Order {
	return lisette.SliceFilter(orders, func(o Order) bool {
		return o.amount >= min_
	})
}

func for_customer(orders []Order, name string) []Order {
	return lisette.SliceFilter(orders, func(o Order) bool {
		return o.customer == name
	})
}

func with_discount(orders []Order, pct int) []Order {
	return lisette.SliceMap(orders, func(o Order) Order {
		return Order{amount: o.amount - o.amount*pct/100, id: o.id, customer: o.customer, status: o.status}
	})
}

func summarize(orders []Order) Summary {
	return lisette.SliceFold(orders, Summary{count: 0, total: 0, largest: lisette.MakeOptionNone[Order]()}, func(acc Summary, o Order) Summary {
		var largest lisette.Option[Order]
		if acc.largest.Tag == lisette.OptionSome {
			best := acc.largest.SomeVal
			if o.amount > best.amount {
				largest = lisette.MakeOptionSome[Order](o)
			} else {
				largest = lisette.MakeOptionSome[Order](best)
			}
		} else {
			largest = lisette.MakeOptionSome[Order](o)
		}
		return Summary{count: acc.count + 1, total: acc.total + o.amount, largest: largest}
	})
}

func describe(s Summary) string {
	if s.largest.Tag == lisette.OptionSome {
		o := s.largest.SomeVal
		return fmt.Sprintf("%v orders, total %v, largest #%v (%v)", s.count, s.total, o.id, o.amount)
	}
	return "no orders"
}

func ids(orders []Order) []int {
	return lisette.SliceMap(orders, func(o Order) int {
		return o.id
	})
}

func main() {
	orders := []Order{Order{id: 1, customer: "ana", amount: 120, status: Status{Tag: StatusShipped}}, Order{id: 2, customer: "ben", amount: 40, status: Status{Tag: StatusPending}}, Order{id: 3, customer: "ana", amount: 300, status: Status{Tag: StatusCancelled}}, Order{id: 4, customer: "cleo", amount: 75, status: Status{Tag: StatusShipped}}, Order{id: 5, customer: "ana", amount: 60, status: Status{Tag: StatusPending}}, Order{id: 6, customer: "ben", amount: 210, status: Status{Tag: StatusShipped}}}
	active := not_cancelled(orders)
	fmt.Println("active:", ids(active))
	big := with_discount(at_least(active, 70), 10)
	fmt.Println("big after discount:", lisette.SliceMap(big, func(o Order) int {
		return o.amount
	}))
	fmt.Println(describe(summarize(big)))
	ana := summarize(not_cancelled(for_customer(orders, "ana")))
	fmt.Println("ana:", describe(ana))
	nobody := describe(summarize(for_customer(orders, "zed")))
	fmt.Println("zed:", nobody)
	threshold := 100
	over := func(o Order) bool {
		return o.amount > threshold
	}
	shipped := with_status(orders, Status{Tag: StatusShipped})
	fmt.Println("shipped total:", summarize(shipped).total)
	fmt.Println("shipped over 100:", ids(lisette.SliceFilter(shipped, over)))
	threshold = 50
	fmt.Println("shipped over 50:", ids(lisette.SliceFilter(shipped, over)))
}
