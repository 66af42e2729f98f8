package main

import "fmt"

func divide(a, b int) int {
	defer fmt.Println("divide finished")
	return a / b
}

func main() {
	defer fmt.Println("main finished")
	fmt.Println(divide(10, 2))
	zero := 0
	fmt.Println(divide(1, zero))
	fmt.Println("unreachable")
}
