package main

import "fmt"

func gcd(a, b int) int {
	if b == 0 {
		return a
	} else {
		return gcd(b, a%b)
	}
}

func gcd_iterative(a, b int) int {
	x := a
	y := b
	for y != 0 {
		rest := x % y
		x = y
		y = rest
	}
	return x
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func print_reduced(numerator, denominator int) {
	common := gcd(numerator, denominator)
	fmt.Printf("%v/%v = %v/%v\n", numerator, denominator, numerator/common, denominator/common)
}

func main() {
	fmt.Println(gcd(48, 18), gcd_iterative(48, 18))
	fmt.Println(gcd(17, 5), gcd_iterative(17, 5))
	fmt.Println(gcd(0, 9), gcd_iterative(9, 0))
	fmt.Println(lcm(4, 6), lcm(21, 6))
	smallest_multiple := 1
	for k := 1; k <= 20; k++ {
		smallest_multiple = lcm(smallest_multiple, k)
	}
	fmt.Printf("smallest number divisible by 1..20: %v\n", smallest_multiple)
	print_reduced(84, 36)
	print_reduced(1071, 462)
	print_reduced(13, 39)
}
