package main

import "fmt"

func main() {
	price := 3.0
	var offset int8 = -5
	var mask uint16 = 0xFF_FF
	var letter byte = 65
	var population int64 = 8_100_000_000
	fmt.Printf("%T %v\n", price, price)
	fmt.Printf("%T %v\n", offset, offset)
	fmt.Printf("%T %v\n", mask, mask)
	fmt.Printf("%T %v\n", letter, letter)
	fmt.Printf("%T %v\n", population, population)
}
