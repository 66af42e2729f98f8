package main

import "fmt"

func pick(a, b int) int {
	sum := a
	_ = (b)
	return sum
}

func main() {
	fmt.Println(pick(1, 2))
}
