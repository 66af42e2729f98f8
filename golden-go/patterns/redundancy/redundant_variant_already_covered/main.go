package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	picks := []lisette.Option[int]{lisette.MakeOptionSome[int](3), lisette.MakeOptionNone[int]()}
	for _, p := range picks {
		if p.Tag == lisette.OptionSome {
			fmt.Println("picked")
		} else {
			fmt.Println("skipped")
		}
	}
}
