package main

import "fmt"

func size_name(n int) string {
	switch n {
	case 0:
		return "none"
	case 3:
		return "some"
	default:
		return "some"
	}
}

func main() {
	fmt.Println(size_name(0), size_name(3))
}
