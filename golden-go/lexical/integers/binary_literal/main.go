package main

import "fmt"

func main() {
	flags := 0b1010
	high_nibble := 0b1111_0000
	one := 0b_1
	nothing := 0b0
	fmt.Println(flags, high_nibble, one, nothing)
}
