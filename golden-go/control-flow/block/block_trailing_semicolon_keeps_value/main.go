package main

import "fmt"

func triple(n int) int {
	return n * 3
}

func main() {
	n := 21
	var doubled int
	doubled = n * 2
	fmt.Println(doubled, triple(5))
}
