package main

import "fmt"

func ticket_price(age int) int {
	if age < 0 {
		return 0
	}
	if age < 12 {
		return 5
	}
	if age >= 65 {
		return 7
	}
	return 12
}

func main() {
	fmt.Println(ticket_price(-1), ticket_price(8), ticket_price(30), ticket_price(70))
}
