package main

import "fmt"

func main() {
	clamp := func(n int) int {
		if n < 0 {
			return 0
		} else if n > 100 {
			return 100
		} else {
			return n
		}
	}
	fmt.Println(clamp(-5), clamp(42), clamp(250))
}
