package main

import "fmt"

func isqrt(n int) int {
	if n < 2 {
		return n
	}
	x := n
	y := (x + 1) / 2
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

func is_perfect_square(n int) bool {
	root := isqrt(n)
	return root*root == n
}

func main() {
	for n := 0; n <= 10; n++ {
		fmt.Print(isqrt(n))
		if n < 10 {
			fmt.Print(" ")
		}
	}
	fmt.Println()
	fmt.Println(isqrt(99), isqrt(100), isqrt(101))
	fmt.Println(isqrt(1_000_000_007))
	fmt.Println(isqrt(9_000_000_000_000_000_000))
	squares := 0
	for n := 1; n <= 1000; n++ {
		if is_perfect_square(n) {
			squares += 1
		}
	}
	fmt.Printf("perfect squares up to 1000: %v\n", squares)
}
