package main

import "fmt"

func main() {
	balances := []int{120, 40, -15, 300}
	seen := 0
	for _, b := range balances {
		if b < 0 {
			fmt.Printf("overdrawn: %v\n", b)
			break
		}
		seen += 1
	}
	fmt.Println(seen)
}
