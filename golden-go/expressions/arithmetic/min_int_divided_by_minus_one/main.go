package main

import "fmt"

func main() {
	smallest := -9223372036854775808
	divisor := -1
	fmt.Println(smallest/divisor, smallest%divisor, -smallest)
	var low int8 = -128
	var minus int8 = -1
	fmt.Println(low/minus, low%minus)
}
