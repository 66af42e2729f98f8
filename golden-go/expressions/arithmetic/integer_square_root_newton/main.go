package main

import "fmt"

func isqrt(n int) int {
	if n < 2 {
		return n
	}
	x := n
	y := n/2 + 1
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

func main() {
	fmt.Println(isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(17))
	fmt.Println(isqrt(999999), isqrt(1000000))
	largest := 9223372036854775807
	root := isqrt(largest)
	fmt.Println(root, root*root <= largest)
	squares := 0
	for n := 1; n < 1000; n++ {
		r := isqrt(n)
		if r*r == n {
			squares += 1
		}
	}
	fmt.Println("perfect squares below 1000:", squares)
}
