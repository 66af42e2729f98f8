package main

import "fmt"

func make_adder(n int) func(int) int {
	return func(x int) int {
		return x + n
	}
}

func main() {
	fmt.Println(make_adder(2)(3))
	steps := []func(int) int{func(x int) int {
		return x + 1
	}, func(x int) int {
		return x * 2
	}}
	fmt.Println(steps[1](10))
	fmt.Println(steps[0](steps[1](4)))
}
