package main

import "fmt"

func reverse_into[T any](xs, acc []T) []T {
	if len(xs) == 0 {
		return acc
	}
	first := xs[0]
	rest := xs[1:len(xs):len(xs)]
	return reverse_into(rest, append([]T{first}, acc...))
}

func main() {
	fmt.Println(reverse_into([]int{1, 2, 3}, []int{}))
	fmt.Println(reverse_into([]string{"x", "y"}, []string{}))
}
