package main

import "fmt"

func main() {
	total := 0
	add_and_report := func(x int) int {
		total += x
		return total
	}
	fmt.Println(add_and_report(4))
	fmt.Println(add_and_report(6))
}
