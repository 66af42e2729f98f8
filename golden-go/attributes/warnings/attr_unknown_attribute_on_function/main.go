package main

import "fmt"

func twice(n int) int {
	return n * 2
}

func show(n int) {
	unused := 1
	_ = unused
	fmt.Println(n)
}

func main() {
	show(twice(21))
}
