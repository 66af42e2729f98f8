package main

import "fmt"

func main() {
	for base := 2; base <= 4; base++ {
		power := 1
		var exponent int
		for {
			power *= base
			if power > 50 {
				exponent = power
				break
			}
		}
		fmt.Printf("%v: first power above 50 is %v\n", base, exponent)
	}
}
