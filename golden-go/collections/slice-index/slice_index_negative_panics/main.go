package main

import "fmt"

func previous(xs []int, i int) int {
	return xs[i-1]
}

func main() {
	xs := []int{5, 6}
	fmt.Println(previous(xs, 1))
	fmt.Println(previous(xs, 0))
	fmt.Println("done")
}
