package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	flags := []lisette.Option[bool]{lisette.MakeOptionSome[bool](true), lisette.MakeOptionSome[bool](false), lisette.MakeOptionNone[bool]()}
	for _, f := range flags {
		if f.Tag == lisette.OptionSome {
			if f.SomeVal {
				fmt.Println("on")
			} else {
				fmt.Println("off")
			}
		} else {
			fmt.Println("unset")
		}
	}
}
