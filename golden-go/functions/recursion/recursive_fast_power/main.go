package main

import "fmt"

func power(base, exponent int) int {
	if exponent == 0 {
		return 1
	}
	half := power(base, exponent/2)
	if exponent%2 == 0 {
		return half * half
	} else {
		return half * half * base
	}
}

func main() {
	fmt.Println(power(2, 10))
	fmt.Println(power(3, 13))
	fmt.Println(power(7, 0))
	fmt.Println(power(2, 64))
}
