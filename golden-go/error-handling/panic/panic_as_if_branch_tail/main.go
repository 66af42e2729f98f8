package main

import "fmt"

func sqrt_floor(n int) int {
	var checked int
	if n >= 0 {
		checked = n
	} else {
		panic("negative input")
	}
	r := 0
	for (r+1)*(r+1) <= checked {
		r += 1
	}
	return r
}

func main() {
	fmt.Println(sqrt_floor(17))
	fmt.Println(sqrt_floor(100))
}
