package main

import "fmt"

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(x A) C {
		return g(f(x))
	}
}

func length_of(s string) int {
	return len(s)
}

func main() {
	is_long := compose(length_of, func(n int) bool {
		return n > 4
	})
	describe := compose(is_long, func(b bool) string {
		if b {
			return "long"
		} else {
			return "short"
		}
	})
	fmt.Println(describe("kiwi"), describe("banana"))
}
