package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Inventory struct {
	items []string
}

func (v Inventory) String() string {
	return "Inventory { items: " + lisette.FormatValue(v.items) + " }"
}

func (self Inventory) First_with(prefix string) lisette.Option[string] {
	return lisette.SliceFind(self.items, func(s string) bool {
		return strings.HasPrefix(s, prefix)
	})
}

func main() {
	inv := Inventory{items: []string{"apple", "banana", "blueberry"}}
	subject := inv.First_with("b")
	if subject.Tag == lisette.OptionSome {
		item := subject.SomeVal
		fmt.Println("found", item)
	} else {
		fmt.Println("none")
	}
	subject2 := inv.First_with("c")
	if subject2.Tag == lisette.OptionSome {
		item := subject2.SomeVal
		fmt.Println("found", item)
	} else {
		fmt.Println("nothing starts with c")
	}
}
