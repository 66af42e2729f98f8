package main

import "fmt"

func first_negative_index(xs []int) int {
	i := 0
	var idx int
	for {
		if i == len(xs) {
			return -1
		}
		if xs[i] < 0 {
			idx = i
			break
		}
		i += 1
	}
	fmt.Println("found at", idx)
	return idx
}

func main() {
	fmt.Println(first_negative_index([]int{3, -2, 5}))
	fmt.Println(first_negative_index([]int{1, 2}))
}
