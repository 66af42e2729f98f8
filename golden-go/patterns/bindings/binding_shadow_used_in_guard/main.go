package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	limit := 100
	requests := []lisette.Option[int]{lisette.MakeOptionSome[int](20), lisette.MakeOptionSome[int](500)}
	for _, r := range requests {
		if r.Tag == lisette.OptionSome {
			limit2 := r.SomeVal
			if limit2 > 50 {
				fmt.Println("large request", limit2)
			} else {
				n := r.SomeVal
				fmt.Println("ok", n, "under", limit)
			}
		} else {
			fmt.Println("none")
		}
	}
}
