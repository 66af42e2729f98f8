package main

import "fmt"

func main() {
	fib := func(_n int) int {
		return 0
	}
	fib = func(n int) int {
		if n < 2 {
			return n
		} else {
			return fib(n-1) + fib(n-2)
		}
	}
	fmt.Println(fib(10))
}
