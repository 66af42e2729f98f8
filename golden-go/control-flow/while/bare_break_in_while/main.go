package main

import "fmt"

func main() {
	candidate := 2
	found := 0
	for candidate < 1000 {
		if candidate*candidate > 500 {
			found = candidate
			break
		}
		candidate += 1
	}
	fmt.Println(found)
	for n := 1; n < 100; n++ {
		if n%13 == 0 {
			fmt.Printf("first multiple of 13: %v\n", n)
			break
		}
	}
}
