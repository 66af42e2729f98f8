package main

import "fmt"

func main() {
	fmt.Println(describe(12))
	fmt.Println(describe(7))
}

func describe(n int) string {
	if is_even(n) {
		return fmt.Sprintf("%v is even", n)
	} else {
		return fmt.Sprintf("%v is odd", n)
	}
}

func is_even(n int) bool {
	return n%2 == 0
}
