package main

import "fmt"

func trace(label string, value int) int {
	fmt.Println("eval", label)
	return value
}

func main() {
	result := trace("a", 1) + trace("b", 2)*trace("c", 3)
	fmt.Println(result)
	compare := trace("left", 10) < trace("right", 5)
	fmt.Println(compare)
	fmt.Println(trace("x", 1), trace("y", 2))
}
