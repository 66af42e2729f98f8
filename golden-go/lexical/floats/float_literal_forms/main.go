package main

import "fmt"

func main() {
	price := 1.5
	quarter := 0.25
	whole := 3.0
	big := 1_000.5
	fmt.Println(price, quarter, whole, big)
	fmt.Printf("%T\n", quarter)
}
