package main

import "fmt"

func is_sorted(xs []int) bool {
	for i, end := 1, len(xs); i < end; i++ {
		if xs[i-1] > xs[i] {
			return false
		}
	}
	return true
}

func main() {
	for _, xs := range [][]int{[]int{1, 2, 5}, []int{3, 1}} {
		if is_sorted(xs) {
			fmt.Println(xs, "sorted")
		} else {
			fmt.Println(xs, "unsorted")
		}
	}
}
