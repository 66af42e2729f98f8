package main

import "fmt"

func record(n int) int {
	fmt.Printf("recorded %v\n", n)
	return n
}

func main() {
	skipped := 0
	for n := 1; n <= 6; n++ {
		if n%3 == 0 {
			_ = record(n)
		} else {
			skipped += 1
		}
	}
	verbose := true
	if verbose {
		fmt.Printf("skipped %v\n", skipped)
	} else {
		skipped = 0
	}
}
