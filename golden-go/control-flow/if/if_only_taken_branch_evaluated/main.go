package main

import "fmt"

func noisy(label string, value int) int {
	fmt.Printf("evaluating %v\n", label)
	return value
}

func main() {
	var picked int
	if noisy("condition", 3) > 2 {
		picked = noisy("then", 1)
	} else {
		picked = noisy("else", 2)
	}
	fmt.Println(picked)
}
