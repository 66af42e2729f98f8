package main

import "fmt"

func main() {
	rate := 10
	price := func(qty int) int {
		return qty * rate
	}
	fmt.Println(price(3))
	rate = 12
	fmt.Println(price(3))
}
