package main

import "fmt"

func main() {
	pairs := 0
	for a := 1; a <= 3; a++ {
		b := 0
		for b < 3 {
			b += 1
			if a == b {
				continue
			}
			pairs += 1
		}
		fmt.Printf("a = %v, pairs so far %v\n", a, pairs)
	}
}
