package main

import "fmt"

func safe_ratio(a, b int) string {
	var r int
	if b != 0 {
		r = a / b
	} else {
		return "undefined"
	}
	return fmt.Sprintf("ratio %v", r)
}

func main() {
	fmt.Println(safe_ratio(10, 3))
	fmt.Println(safe_ratio(1, 0))
}
