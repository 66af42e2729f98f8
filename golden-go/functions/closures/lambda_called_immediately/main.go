package main

import "fmt"

func main() {
	base := 7
	squared := (func(x int) int {
		return x * x
	})(base)
	fmt.Println(squared)
}
