package main

import "fmt"

func empty_list[T any]() []T {
	return []T{}
}

func main() {
	names := empty_list[string]()
	more := append(names, "x")
	fmt.Println(len(names), more)
}
