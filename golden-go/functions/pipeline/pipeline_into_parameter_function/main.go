package main

import "fmt"

func run_step(x int, step func(int) int) int {
	return step(x)
}

func main() {
	fmt.Println(run_step(4, func(n int) int {
		return n * n
	}))
}
