package main

import "fmt"

func is_prime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	divisor := 3
	for divisor*divisor <= n {
		if n%divisor == 0 {
			return false
		}
		divisor += 2
	}
	return true
}

func count_primes_below(limit int) int {
	count := 0
	for n := 2; n < limit; n++ {
		if is_prime(n) {
			count += 1
		}
	}
	return count
}

func nth_prime(index int) int {
	found := 0
	candidate := 1
	for {
		candidate += 1
		if is_prime(candidate) {
			found += 1
			if found == index {
				return candidate
			}
		}
	}
}

func main() {
	listing := ""
	for n := 1; n <= 50; n++ {
		if is_prime(n) {
			var separator string
			if listing == "" {
				separator = ""
			} else {
				separator = " "
			}
			listing += fmt.Sprintf("%v%v", separator, n)
		}
	}
	fmt.Printf("primes up to 50: %v\n", listing)
	fmt.Printf("primes below 1000: %v\n", count_primes_below(1000))
	fmt.Printf("the 100th prime is %v\n", nth_prime(100))
	twins := 0
	for n := 3; n < 100; n++ {
		if is_prime(n) && is_prime(n+2) {
			twins += 1
		}
	}
	fmt.Printf("twin prime pairs below 100: %v\n", twins)
}
