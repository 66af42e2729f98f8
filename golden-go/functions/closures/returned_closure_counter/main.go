package main

import "fmt"

func make_counter(start int) func() int {
	n := start
	return func() int {
		n += 1
		return n
	}
}

func main() {
	a := make_counter(0)
	b := make_counter(100)
	fmt.Println(a(), a(), b(), a())
}
