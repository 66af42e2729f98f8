package main

import "fmt"

func main() {
	add := func(a int) func(int) int {
		return func(b int) int {
			return a + b
		}
	}
	add10 := add(10)
	fmt.Println(add10(5), add(1)(2))
}
