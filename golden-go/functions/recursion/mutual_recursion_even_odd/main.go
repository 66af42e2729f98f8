package main

import "fmt"

func is_even(n int) bool {
	if n == 0 {
		return true
	} else {
		return is_odd(n - 1)
	}
}

func is_odd(n int) bool {
	if n == 0 {
		return false
	} else {
		return is_even(n - 1)
	}
}

func main() {
	for n := 0; n < 5; n++ {
		fmt.Println(n, is_even(n), is_odd(n))
	}
}
