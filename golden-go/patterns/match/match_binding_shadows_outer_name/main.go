package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	count := 100
	maybe := lisette.MakeOptionSome[int](3)
	var doubled int
	if maybe.Tag == lisette.OptionSome {
		count2 := maybe.SomeVal
		doubled = count2 * 2
	} else {
		doubled = 0
	}
	fmt.Println(doubled)
	fmt.Println(count)
}
