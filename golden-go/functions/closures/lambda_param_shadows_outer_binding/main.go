package main

import "fmt"

func main() {
	x := 10
	twice := func(x int) int {
		return x * 2
	}
	fmt.Println(twice(3), x)
}
