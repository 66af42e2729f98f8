package main

import "fmt"

func empty_names() []string {
	return []string{}
}

func squares(n int) []int {
	out := []int{}
	for i, more := 1, 1 <= n; more; i, more = i+1, i < n {
		out = append(out, i*i)
	}
	return out
}

func main() {
	fmt.Println(len(empty_names()), squares(5))
}
