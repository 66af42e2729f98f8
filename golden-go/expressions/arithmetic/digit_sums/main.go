package main

import "fmt"

func digit_sum(n int) int {
	var rest int
	if n < 0 {
		rest = -n
	} else {
		rest = n
	}
	sum := 0
	for rest > 0 {
		sum += rest % 10
		rest /= 10
	}
	return sum
}

func reverse_digits(n int) int {
	rest := n
	reversed := 0
	for rest != 0 {
		reversed = reversed*10 + rest%10
		rest /= 10
	}
	return reversed
}

func digital_root(n int) int {
	value := n
	for value >= 10 {
		value = digit_sum(value)
	}
	return value
}

func main() {
	fmt.Println(digit_sum(12345), digit_sum(-907), digit_sum(0))
	fmt.Println(reverse_digits(12345), reverse_digits(-120), reverse_digits(7))
	fmt.Println(digital_root(987654321), digital_root(38))
	harshad := 0
	for n := 1; n <= 100; n++ {
		if n%digit_sum(n) == 0 {
			harshad += 1
		}
	}
	fmt.Println("harshad numbers up to 100:", harshad)
}
