package main

import "fmt"

func count_digits(n int) int {
	rest := n
	digits := 1
	for rest >= 10 {
		rest /= 10
		digits += 1
	}
	return digits
}

func main() {
	fmt.Println(count_digits(7), count_digits(10), count_digits(98765))
}
