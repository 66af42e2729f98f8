package main

import "fmt"

func cost(label string, n int) int {
	fmt.Println("computing", label)
	return n
}

func main() {
	size := "medium"
	var price int
	switch size {
	case "small":
		price = cost("small", 3)
	case "medium":
		price = cost("medium", 5)
	default:
		price = cost("large", 8)
	}
	fmt.Println(price)
}
