package main

import "fmt"

func main() {
	greet := func(name string) string {
		return "hello, " + name
	}
	var factor int64 = 3
	scale := func(n int64) int64 {
		return n * factor
	}
	fmt.Println(greet("ada"))
	fmt.Println(scale(14))
}
