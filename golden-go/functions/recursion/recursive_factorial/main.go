package main

import "fmt"

func factorial(n int) int {
	if n <= 1 {
		return 1
	} else {
		return n * factorial(n-1)
	}
}

func main() {
	fmt.Println(factorial(0))
	fmt.Println(factorial(5))
	fmt.Println(factorial(20))
}
