package main

import "fmt"

func halvings(n int) int {
	steps := 0
	for n > 1 {
		n /= 2
		steps += 1
	}
	return steps
}

func main() {
	limit := 1000
	fmt.Println(halvings(64))
	fmt.Println(halvings(limit * 2))
	fmt.Println(limit)
}
