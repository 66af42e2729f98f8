package main

import "fmt"

func traced[T any](label string, value T) T {
	defer fmt.Println("leaving", label)
	fmt.Println("entering", label)
	return value
}

func main() {
	n := traced("number", 5)
	s := traced("text", "hi")
	fmt.Println(n, s)
}
