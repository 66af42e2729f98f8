package main

import "fmt"

func main() {
	subtotal := 120
	total := subtotal + 15 + 5
	fmt.Println(total)
}
