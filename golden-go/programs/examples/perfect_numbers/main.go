package main

import "fmt"

func sum_of_proper_divisors(n int) int {
	if n < 2 {
		return 0
	}
	sum := 1
	d := 2
	for d*d <= n {
		if n%d == 0 {
			sum += d
			partner := n / d
			if partner != d {
				sum += partner
			}
		}
		d += 1
	}
	return sum
}

func classify(n int) string {
	s := sum_of_proper_divisors(n)
	if s == n {
		return "perfect"
	} else if s > n {
		return "abundant"
	} else {
		return "deficient"
	}
}

func main() {
	for n := 1; n <= 12; n++ {
		fmt.Printf("%v: %v\n", n, classify(n))
	}
	perfect := ""
	for n := 2; n < 10000; n++ {
		if sum_of_proper_divisors(n) == n {
			perfect += fmt.Sprintf(" %v", n)
		}
	}
	fmt.Printf("perfect numbers below 10000:%v\n", perfect)
	amicable_pairs := 0
	for a := 2; a < 3000; a++ {
		b := sum_of_proper_divisors(a)
		if b > a && sum_of_proper_divisors(b) == a {
			amicable_pairs += 1
			fmt.Printf("amicable: %v and %v\n", a, b)
		}
	}
	fmt.Printf("%v amicable pairs\n", amicable_pairs)
}
