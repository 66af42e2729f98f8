package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func find_price(item string) lisette.Option[int] {
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
	fmt.Println(lisette.OptionOkOr(find_price("tea"), "not stocked"))
	fmt.Println(lisette.OptionOkOr(find_price("caviar"), "not stocked"))
}
