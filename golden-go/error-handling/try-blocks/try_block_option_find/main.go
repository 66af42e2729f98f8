package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Order struct {
	id       int
	customer string
}

func (v Order) String() string {
	return "Order { id: " + lisette.FormatValue(v.id) + ", customer: " + lisette.FormatValue(v.customer) + " }"
}

func main() {
	orders := []Order{Order{id: 1, customer: "ana"}, Order{id: 2, customer: "bo"}}
	found := func() lisette.Option[string] {
		opt := lisette.SliceFind(orders, func(o Order) bool {
			return o.id == 2
		})
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[string]()
		}
		o := opt.SomeVal
		return lisette.MakeOptionSome[string](o.customer)
	}()
	lost := func() lisette.Option[string] {
		opt2 := lisette.SliceFind(orders, func(o Order) bool {
			return o.id == 9
		})
		if opt2.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[string]()
		}
		o := opt2.SomeVal
		return lisette.MakeOptionSome[string](o.customer)
	}()
	fmt.Println(found)
	fmt.Println(lost)
}
