package main

import "fmt"

func compare_versions(a, b int) string {
	subject := a < b
	subject2 := a == b
	if subject {
		return "older"
	}
	if subject2 {
		return "same"
	}
	return "newer"
}

func main() {
	fmt.Println(compare_versions(1, 2), compare_versions(3, 3), compare_versions(5, 4))
}
