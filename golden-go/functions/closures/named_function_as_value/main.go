package main

import "fmt"

func double(n int) int {
	return n * 2
}

func square(n int) int {
	return n * n
}

func main() {
	steps := []func(int) int{double, square}
	for _, step := range steps {
		fmt.Println(step(7))
	}
	pick := square
	fmt.Println(pick(3))
}
