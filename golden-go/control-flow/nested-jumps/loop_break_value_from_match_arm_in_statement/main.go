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
	stock := []Item{Item{name: "bolt", qty: 0}, Item{name: "nut", qty: 12}, Item{name: "gear", qty: 3}}
	i := 0
	var found string
	for {
		subject := lisette.SliceGet(stock, i)
		if subject.Tag != lisette.OptionSome {
			found = "none"
			break
		}
		item := subject.SomeVal
		if item.qty > 0 {
			found = item.name
			break
		}
		i += 1
	}
	fmt.Println("first in stock:", found)
}
