package main

import "fmt"

func swap_pair(xs []int) []int {
	if len(xs) == 2 {
		a := xs[0]
		b := xs[1]
		return []int{b, a}
	}
	other := xs
	return other
}

func main() {
	fmt.Println(swap_pair([]int{1, 2}))
	fmt.Println(swap_pair([]int{1, 2, 3}))
}
