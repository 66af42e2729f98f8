package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	stock := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "pens", Second: 12}, lisette.Tuple2[string, int]{First: "pads", Second: 3}, lisette.Tuple2[string, int]{First: "ink", Second: 0}}
	total := 0
	for _, item := range stock {
		name := item.First
		qty := item.Second
		if qty == 0 {
			fmt.Println(name + " is out")
		}
		total += qty
	}
	fmt.Println(total)
}
