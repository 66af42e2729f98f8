package main

import "fmt"

func discount(tier int) float64 {
	switch tier {
	case 0:
		return 1.0
	case 1:
		return 0.9
	default:
		return 0.75
	}
}

func main() {
	price := 40.0
	for tier := 0; tier < 3; tier++ {
		var rate float64
		if tier == 0 {
			rate = 1.0
		} else {
			rate = discount(tier)
		}
		fmt.Println(tier, price*rate)
	}
}
