package main

import "fmt"

func digit_value(code int) int {
	var value int
	if code >= 48 && code <= 57 {
		value = code - 48
	} else {
		return -1
	}
	return value * 10
}

func main() {
	total := 0
	for n := 1; n < 10; n++ {
		var odd_square int
		if n%2 == 1 {
			odd_square = n * n
		} else {
			continue
		}
		if odd_square > 50 {
			break
		}
		total += odd_square
	}
	fmt.Println(digit_value(55), digit_value(65), total)
}
