package main

import "fmt"

func make_adder(n int) func(int) int {
	return func(x int) int {
		return x + n
	}
}

func scale(n, k int) int {
	return n * k
}

func main() {
	add3 := make_adder(3)
	fmt.Println(add3(5))
	fmt.Println(scale(5, 3))
}
