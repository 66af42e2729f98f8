package main

import "fmt"

func main() {
	a := 7
	b := 10
	_ = a
	b += a
	b -= 2
	b *= 3
	b /= 5
	b %= 4
	f := negate
	fmt.Println(a, b, f(b))
}

func negate(n int) int {
	return -n
}
