package main

import "fmt"

func empty_list[T any]() []T {
	return []T{}
}

func main() {
	xs := empty_list[int]()
	fmt.Println(len(xs), append(xs, 5))
	fmt.Println(len(empty_list[string]()))
}
