package main

import "fmt"

func print_powers(base, count int) {
	value := 1
	for i := 0; i < count; i++ {
		fmt.Printf("%v^%v = %v\n", base, i, value)
		value *= base
	}
}

func bump_and_report(start int) {
	current := start
	fmt.Printf("from %v\n", current)
	current += 1
}

func main() {
	print_powers(3, 4)
	bump_and_report(9)
}
