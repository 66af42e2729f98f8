package main

import "fmt"

func main() {
	total := add_tax(price_of(3))
	fmt.Printf("total: %v\n", total)
}

func add_tax(amount int) int {
	return amount + amount/5
}

func price_of(quantity int) int {
	return quantity * 250
}
