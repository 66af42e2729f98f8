package main

import "fmt"

func sum(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	first := xs[0]
	rest := xs[1:len(xs):len(xs)]
	return first + sum(rest)
}

func join_words(words []string) string {
	switch {
	case len(words) == 0:
		return ""
	case len(words) == 1:
		only := words[0]
		return only
	case len(words) >= 1:
		first := words[0]
		rest := words[1:len(words):len(words)]
		return first + ", " + join_words(rest)
	}
	panic("unreachable")
}

func main() {
	fmt.Println(sum([]int{3, 4, 5, 6}))
	fmt.Println(join_words([]string{"red", "green", "blue"}))
}
