package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func shipping(weight lisette.Option[int]) string {
	if weight.Tag == lisette.OptionSome {
		kg := weight.SomeVal
		if kg > 20 {
			return "freight"
		}
		kg2 := weight.SomeVal
		if kg2 > 2 {
			return "parcel"
		}
		return "letter"
	}
	return "unknown"
}

func main() {
	items := []lisette.Option[int]{lisette.MakeOptionSome[int](30), lisette.MakeOptionSome[int](5), lisette.MakeOptionSome[int](1), lisette.MakeOptionNone[int](), lisette.MakeOptionSome[int](20)}
	for _, w := range items {
		fmt.Println(shipping(w))
	}
}
