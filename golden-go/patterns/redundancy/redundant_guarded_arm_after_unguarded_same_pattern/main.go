package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	m := lisette.MakeOptionSome[string]("hi")
	if m.Tag == lisette.OptionSome {
		s := m.SomeVal
		fmt.Println("got", s)
	} else {
		fmt.Println("none")
	}
}
