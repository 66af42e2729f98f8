package main

import "fmt"

func code_name(code int) string {
	switch code {
	case 1:
		return "alpha"
	case 2:
		return "bravo"
	default:
		return "other"
	}
}

func main() {
	fmt.Println(code_name(1), code_name(2), code_name(3))
}
