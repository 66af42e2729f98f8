package main

import "fmt"

func multiplier(k int) func(int) int {
	return func(x int) int {
		return x * k
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int {
		return g(f(x))
	}
}

func main() {
	inc_then_triple := compose(func(x int) int {
		return x + 1
	}, multiplier(3))
	triple_then_inc := compose(multiplier(3), func(x int) int {
		return x + 1
	})
	fmt.Println(inc_then_triple(4), triple_then_inc(4))
}
