package main

import "fmt"

func fib_recursive(n int) int {
	if n < 2 {
		return n
	} else {
		return fib_recursive(n-1) + fib_recursive(n-2)
	}
}

func fib_iterative(n int) int {
	previous := 0
	current := 1
	i := 0
	for i < n {
		next := previous + current
		previous = current
		current = next
		i += 1
	}
	return previous
}

func main() {
	fmt.Printf("%3s %6s %6s\n", "n", "rec", "iter")
	for n := 0; n <= 20; n++ {
		if n%4 == 0 {
			fmt.Printf("%3d %6d %6d\n", n, fib_recursive(n), fib_iterative(n))
		}
	}
	fmt.Printf("fib(90) = %d\n", fib_iterative(90))
	fmt.Printf("fib(92) = %d\n", fib_iterative(92))
	fmt.Printf("fib(93) wraps to %d\n", fib_iterative(93))
}
