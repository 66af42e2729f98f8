package main

import "fmt"

func find_pair_product(target, limit int) int {
	for a, more := 1, 1 <= limit; more; a, more = a+1, a < limit {
		for b, more2 := a, a <= limit; more2; b, more2 = b+1, b < limit {
			if a+b == target && a*b%7 == 0 {
				return a * b
			}
		}
	}
	return -1
}

func main() {
	fmt.Println(find_pair_product(15, 20))
	fmt.Println(find_pair_product(3, 1))
}
