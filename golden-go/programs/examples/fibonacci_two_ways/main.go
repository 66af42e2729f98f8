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
	for _step := 0; _step < n; _step++ {
		next := previous + current
		previous = current
		current = next
	}
	return previous
}

func main() {
	row := ""
	for n := 0; n < 15; n++ {
		row += fmt.Sprintf("%v ", fib_recursive(n))
	}
	fmt.Println(row + "...")
	agree := true
	for n := 0; n <= 25; n++ {
		if fib_recursive(n) != fib_iterative(n) {
			agree = false
		}
	}
	fmt.Printf("both agree up to 25: %v\n", agree)
	fmt.Printf("fib(50) = %v\n", fib_iterative(50))
	fmt.Printf("fib(90) = %v\n", fib_iterative(90))
	fmt.Printf("fib(93) wraps to %v\n", fib_iterative(93))
}
