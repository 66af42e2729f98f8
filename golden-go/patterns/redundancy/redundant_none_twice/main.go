package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	nick := lisette.MakeOptionNone[string]()
	var shown string
	if nick.Tag == lisette.OptionNone {
		shown = "anonymous"
	} else {
		n := nick.SomeVal
		shown = n
	}
	fmt.Println(shown)
}
