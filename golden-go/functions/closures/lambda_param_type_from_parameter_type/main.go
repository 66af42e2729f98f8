package main

import "fmt"

func apply_twice(f func(int) int, x int) int {
	return f(f(x))
}

func main() {
	fmt.Println(apply_twice(func(n int) int {
		return n * 3
	}, 2))
	fmt.Println(apply_twice(func(n int) int {
		return n - 10
	}, 5))
}
