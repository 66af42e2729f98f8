package main

import "fmt"

func classify(n int) string {
	x := n
	if x%15 == 0 {
		return "divisible by 15"
	}
	x2 := n
	if x2%5 == 0 {
		return "divisible by 5"
	}
	x3 := n
	if x3%3 == 0 {
		return "divisible by 3"
	}
	return "neither"
}

func main() {
	numbers := []int{30, 10, 9, 7}
	for _, n := range numbers {
		fmt.Println(n, classify(n))
	}
}
