package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	prices := []int{120, 80, 45}
	budget := 200
	i := 0
	spent := 0
	var bought int
	for {
		var price int
		subject := lisette.SliceGet(prices, i)
		if subject.Tag != lisette.OptionSome {
			bought = i
			break
		}
		p := subject.SomeVal
		price = p
		if spent+price > budget {
			bought = i
			break
		}
		spent += price
		i += 1
	}
	fmt.Println(bought, "items for", spent)
}
