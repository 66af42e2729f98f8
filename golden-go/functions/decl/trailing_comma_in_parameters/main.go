package main

import "fmt"

func shipping_cost(weight_grams, distance_km int, express bool) int {
	base := weight_grams/100 + distance_km/10
	if express {
		return base * 2
	} else {
		return base
	}
}

func main() {
	fmt.Println(shipping_cost(1200, 350, false))
	fmt.Println(shipping_cost(1200, 350, true))
}
