package main

import "fmt"

func probe(label string) bool {
	fmt.Println("probe", label)
	return true
}

func main() {
	n := 2
	switch n {
	case 1:
		if probe("one") {
			fmt.Println("one")
		} else if probe("any") {
			fmt.Println("any")
		} else {
			fmt.Println("fallback")
		}
	case 2:
		if probe("two") {
			fmt.Println("two")
		} else if probe("two again") {
			fmt.Println("two again")
		} else if probe("any") {
			fmt.Println("any")
		} else {
			fmt.Println("fallback")
		}
	default:
		if probe("any") {
			fmt.Println("any")
		} else {
			fmt.Println("fallback")
		}
	}
}
