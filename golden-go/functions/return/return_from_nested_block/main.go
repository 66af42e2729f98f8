package main

import "fmt"

func first_digit_over(n, threshold int) int {
	rest := n
	for rest > 0 {
		digit := rest % 10
		if digit != 0 {
			doubled := digit * 2
			if doubled > threshold {
				return digit
			}
		}
		rest /= 10
	}
	return 0
}

func main() {
	fmt.Println(first_digit_over(31794, 10))
	fmt.Println(first_digit_over(1234, 20))
}
