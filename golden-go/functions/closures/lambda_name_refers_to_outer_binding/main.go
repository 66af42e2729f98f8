package main

import "fmt"

func main() {
	step := 2
	step2 := func(x int) int {
		return x + step
	}
	fmt.Println(step2(5))
}
