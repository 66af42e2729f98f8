package main

import "fmt"

func sum_to(n int) int {
	if n == 0 {
		return 0
	} else {
		return n + sum_to(n-1)
	}
}

func main() {
	fmt.Println(sum_to(100000))
}
