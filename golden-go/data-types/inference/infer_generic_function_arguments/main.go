package main

import "fmt"

func first_or[T any](xs []T, fallback T) T {
	if len(xs) > 0 {
		return xs[0]
	} else {
		return fallback
	}
}

func main() {
	n := first_or([]int{7, 8}, 0)
	s := first_or([]string{"x"}, "none")
	empty := []string{}
	t := first_or(empty, "none")
	fmt.Println(n+1, s, t)
}
