package main

import "fmt"

func differ(a, b bool) bool {
	return a != b
}

func second_negated(a, b bool) bool {
	_ = a
	return !b
}

func main() {
	fmt.Println(differ(false, false), second_negated(false, false))
	fmt.Println(differ(true, false), second_negated(true, false))
}
