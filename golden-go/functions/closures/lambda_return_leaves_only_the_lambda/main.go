package main

import "fmt"

func main() {
	classify := func(n int) string {
		if n%2 == 0 {
			return "even"
		}
		return "odd"
	}
	for _, n := range []int{4, 7, 10} {
		fmt.Println(n, classify(n))
	}
	fmt.Println("done")
}
