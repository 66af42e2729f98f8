package main

import "fmt"

func normalized(xs []int) []int {
	for i, end := 0, len(xs); i < end; i++ {
		if xs[i] < 0 {
			xs[i] = -xs[i]
		}
	}
	return xs
}

func main() {
	fmt.Println(normalized([]int{5, -3, 2}))
}
