package main

import "fmt"

func main() {
	zero := 0.0
	positive := 1.5
	negative := -2.0
	fmt.Println(positive/zero, negative/zero, zero/zero)
	not_a_number := zero / zero
	fmt.Println(not_a_number == not_a_number, not_a_number != not_a_number)
}
