package main

import "fmt"

func reading(label string, value int) int {
	fmt.Printf("read %v\n", label)
	return value
}

func main() {
	samples := []int{reading("a", 3), reading("b", 1), reading("c", 2)}
	fmt.Println(samples)
}
