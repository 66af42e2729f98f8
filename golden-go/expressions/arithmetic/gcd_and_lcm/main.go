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
	for b != 0 {
		r := a % b
		a = b
		b = r
	}
	if a < 0 {
		return -a
	} else {
		return a
	}
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	fmt.Println(gcd_iterative(-48, 18), gcd_iterative(1071, 462))
	fmt.Println(lcm(4, 6), lcm(21, 6))
	all := 1
	for k := 1; k <= 20; k++ {
		all = lcm(all, k)
	}
	fmt.Println("lcm of 1..20:", all)
}
