package main

import "fmt"

func noisy(n int) bool {
	fmt.Println("guard evaluated for", n)
	return n > 0
}

func main() {
	n := 5
	x := n
	fmt.Println("caught", x)
}
