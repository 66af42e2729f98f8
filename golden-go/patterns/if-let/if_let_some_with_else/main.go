package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup_price(item string) lisette.Option[int] {
	switch item {
	case "tea":
		return lisette.MakeOptionSome[int](3)
	case "cake":
		return lisette.MakeOptionSome[int](5)
	default:
		return lisette.MakeOptionNone[int]()
	}
}

func main() {
	order := []string{"tea", "soup", "cake"}
	total := 0
	for _, item := range order {
		subject := lookup_price(item)
		if subject.Tag == lisette.OptionSome {
			price := subject.SomeVal
			total += price
			fmt.Println(item, price)
		} else {
			fmt.Println(item, "not on the menu")
		}
	}
	fmt.Println("total", total)
}
