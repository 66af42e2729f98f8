package main

import "fmt"

func double(n int) int {
	return n * 2
}

func main() {
	r := double(21)
	fmt.Println(r)
}
