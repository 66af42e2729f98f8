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
	primes := []int{}
	evens := 0
	for n := 1; n <= 12; n++ {
		p := n
		if is_prime(p) {
			primes = append(primes, p)
		} else {
			e := n
			if e%2 == 0 {
				evens += 1
			}
		}
	}
	fmt.Println(primes, evens)
}
