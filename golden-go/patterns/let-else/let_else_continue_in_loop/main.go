package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_qty(s string) lisette.Option[int] {
	switch s {
	case "one":
		return lisette.MakeOptionSome[int](1)
	case "two":
		return lisette.MakeOptionSome[int](2)
	case "three":
		return lisette.MakeOptionSome[int](3)
	default:
		return lisette.MakeOptionNone[int]()
	}
}

func main() {
	lines := []string{"two", "lots", "three", "", "one"}
	total := 0
	for _, line := range lines {
		subject := parse_qty(line)
		if subject.Tag != lisette.OptionSome {
			fmt.Println("skipping", fmt.Sprintf("'%v'", line))
			continue
		}
		q := subject.SomeVal
		total += q
	}
	fmt.Println("total", total)
}
