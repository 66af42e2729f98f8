package main

import "fmt"

func main() {
	triple := func(n int) int {
		return n * 3
	}
	add := func(n, k int) int {
		return n + k
	}
	fmt.Println(triple(7))
	fmt.Println(add(triple(7), 1))
}
