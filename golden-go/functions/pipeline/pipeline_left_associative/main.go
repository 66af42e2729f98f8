package main

import "fmt"

func inc(n int) int {
	return n + 1
}

func minus(n, k int) int {
	return n - k
}

func main() {
	fmt.Println(minus(inc(10), 1))
	fmt.Println(minus(inc(10), 1))
}
