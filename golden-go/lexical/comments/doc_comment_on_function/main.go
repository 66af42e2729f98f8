package main

import "fmt"

func max_of(a, b int) int {
	if b > a {
		return b
	} else {
		return a
	}
}

func main() {
	fmt.Println(max_of(4, 9), max_of(7, 7))
}
