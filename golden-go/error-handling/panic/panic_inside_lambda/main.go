package main

import "fmt"

func main() {
	check := func(n int) {
		if n > 3 {
			panic("limit reached")
		}
		fmt.Printf("ok %v\n", n)
	}
	for i := 1; i < 10; i++ {
		check(i)
	}
}
