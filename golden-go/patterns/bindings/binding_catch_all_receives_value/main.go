package main

import "fmt"

func roman(n int) string {
	switch n {
	case 1:
		return "I"
	case 5:
		return "V"
	case 10:
		return "X"
	default:
		other := n
		return fmt.Sprintf("%d", other)
	}
}

func main() {
	fmt.Println(roman(1), roman(5), roman(7), roman(10), roman(50))
}
