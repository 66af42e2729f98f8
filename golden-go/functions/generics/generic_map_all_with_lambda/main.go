package main

import "fmt"

func map_all[T, U any](xs []T, f func(T) U) []U {
	out := []U{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(map_all([]int{1, 2, 3}, func(n int) string {
		return fmt.Sprintf("#%v", n)
	}))
	fmt.Println(map_all([]string{"a", "bcd"}, func(s string) int {
		return len(s)
	}))
}
