package main

import "fmt"

func main() {
	xs := []int{4}
	switch {
	case len(xs) == 0:
		fmt.Println("empty")
	case len(xs) == 1:
		first := xs[0]
		fmt.Println("starts with", first)
	case len(xs) >= 1:
		first := xs[0]
		fmt.Println("starts with", first)
	}
}
