package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func weight(code string) lisette.Option[int] {
	switch code {
	case "S":
		return lisette.MakeOptionSome[int](1)
	case "M":
		return lisette.MakeOptionSome[int](3)
	case "L":
		return lisette.MakeOptionSome[int](5)
	default:
		return lisette.MakeOptionNone[int]()
	}
}

func main() {
	parcels := []string{"S", "XL", "L", "?", "M"}
	total := 0
	skipped := 0
	for _, p := range parcels {
		var w int
		subject := weight(p)
		if subject.Tag != lisette.OptionSome {
			skipped += 1
			continue
		}
		w2 := subject.SomeVal
		w = w2
		total += w
	}
	fmt.Println(total, skipped)
}
