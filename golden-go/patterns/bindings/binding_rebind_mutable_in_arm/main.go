package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	requested := lisette.MakeOptionSome[int](7)
	var granted int
	if requested.Tag == lisette.OptionSome {
		n := requested.SomeVal
		amount := n
		if amount > 5 {
			amount = 5
		}
		granted = amount
	} else {
		granted = 0
	}
	fmt.Println(granted)
}
