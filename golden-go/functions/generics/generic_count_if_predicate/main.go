package main

import "fmt"

func count_if[T any](xs []T, pred func(T) bool) int {
	n := 0
	for _, x := range xs {
		if pred(x) {
			n += 1
		}
	}
	return n
}

func main() {
	fmt.Println(count_if([]int{3, 8, 1, 9}, func(n int) bool {
		return n > 2
	}))
	fmt.Println(count_if([]string{"", "a", ""}, func(s string) bool {
		return len(s) == 0
	}))
}
