package main

import "fmt"

func accumulator(total int) func(int) int {
	return func(x int) int {
		total += x
		return total
	}
}

func main() {
	acc := accumulator(10)
	fmt.Println(acc(5))
	fmt.Println(acc(1))
}
