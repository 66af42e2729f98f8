package main

import "fmt"

func is_prime(n int) bool {
	if n < 2 {
		return false
	}
	d := 2
	for d*d <= n {
		if n%d == 0 {
			return false
		}
		d += 1
	}
	return true
}

func main() {
	count := 0
	last := 0
	sum := 0
	for n := 1; n < 100; n++ {
		if is_prime(n) {
			count += 1
			last = n
			sum += n
		}
	}
	fmt.Println("primes below 100:", count, "largest:", last, "sum:", sum)
	twins := 0
	for n := 3; n < 100; n++ {
		if is_prime(n) && is_prime(n+2) {
			twins += 1
		}
	}
	fmt.Println("twin pairs:", twins)
	fmt.Println(is_prime(7919), is_prime(7917), is_prime(1), is_prime(2))
}
