package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func find_index(names []string, wanted string) lisette.Option[int] {
	for i, n := range names {
		if n == wanted {
			return lisette.MakeOptionSome[int](i)
		}
	}
	return lisette.MakeOptionNone[int]()
}

func main() {
	team := []string{"ada", "grace", "linus"}
	queries := []string{"grace", "ken", "ada"}
	for _, q := range queries {
		subject := find_index(team, q)
		if subject.Tag == lisette.OptionSome {
			i := subject.SomeVal
			fmt.Println(q, "is at", i)
		} else {
			fmt.Println(q, "is not in the team")
		}
	}
}
