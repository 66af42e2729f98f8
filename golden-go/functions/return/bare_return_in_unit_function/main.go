package main

import "fmt"

func print_until_negative(a, b, c int) {
	if a < 0 {
		return
	}
	fmt.Println(a)
	if b < 0 {
		return
	}
	fmt.Println(b)
	if c < 0 {
		return
	}
	fmt.Println(c)
}

func main() {
	print_until_negative(1, 2, -3)
	print_until_negative(4, -5, 6)
}
