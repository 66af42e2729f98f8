package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	maybe := lisette.MakeOptionSome[int](3)
	if maybe.Tag == lisette.OptionSome {
		n := maybe.SomeVal
		fmt.Println("got", n)
	}
}
