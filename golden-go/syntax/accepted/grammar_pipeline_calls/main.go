package main

import "fmt"

func double(n int) int {
	return n * 2
}

func add(a, b int) int {
	return a + b
}

func main() {
	n := add(double(5), 1)
	m := double(1 + 2)
	fmt.Println(n, m)
	fmt.Println(double(3))
}
