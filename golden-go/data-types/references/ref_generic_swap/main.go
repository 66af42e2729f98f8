package main

import "fmt"

func swap[T any](a, b *T) {
	tmp := *a
	*a = *b
	*b = tmp
}

func main() {
	left := "L"
	right := "R"
	swap(&left, &right)
	fmt.Println(left, right)
	m := 1
	n := 2
	swap(&m, &n)
	fmt.Println(m, n)
}
