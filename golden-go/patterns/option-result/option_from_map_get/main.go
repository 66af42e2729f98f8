package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	stock := map[string]int{}
	stock["apples"] = 12
	stock["pears"] = 0
	wanted := []string{"apples", "pears", "kiwis"}
	for _, item := range wanted {
		subject := lisette.MapGet(stock, item)
		if subject.Tag == lisette.OptionSome {
			if subject.SomeVal == 0 {
				fmt.Println(item, "sold out")
			} else {
				n := subject.SomeVal
				if n > 10 {
					fmt.Println(item, "plenty")
				} else {
					n2 := subject.SomeVal
					fmt.Println(item, n2)
				}
			}
		} else {
			fmt.Println(item, "not stocked")
		}
	}
}
