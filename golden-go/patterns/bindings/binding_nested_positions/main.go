package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Item struct {
	name string
	qty  int
}

func (v Item) String() string {
	return "Item { name: " + lisette.FormatValue(v.name) + ", qty: " + lisette.FormatValue(v.qty) + " }"
}

func main() {
	order := lisette.Tuple2[string, lisette.Option[Item]]{First: "order-7", Second: lisette.MakeOptionSome[Item](Item{name: "bolt", qty: 40})}
	if order.Second.Tag == lisette.OptionSome {
		id := order.First
		name := order.Second.SomeVal.name
		qty := order.Second.SomeVal.qty
		fmt.Println(id, name, qty)
	} else {
		id := order.First
		fmt.Println(id, "is empty")
	}
}
