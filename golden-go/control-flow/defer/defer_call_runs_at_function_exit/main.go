package main

import "fmt"

func process(order string) {
	defer fmt.Println("closing", order)
	fmt.Println("processing", order)
	fmt.Println("shipped", order)
}

func main() {
	process("A-17")
	fmt.Println("next order")
}
