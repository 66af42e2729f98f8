package main

import "fmt"

func double(n int) int {
	return n * 2
}

func add(n, k int) int {
	return n + k
}

func main() {
	result := double(add(double(5), 1))
	fmt.Println(result)
}
