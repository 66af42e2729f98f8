package main

import "fmt"

func add_all(total *int, xs []int) {
	for _, x := range xs {
		*total += x
	}
}

func main() {
	sum := 0
	add_all(&sum, []int{1, 2, 3})
	add_all(&sum, []int{10, 20})
	fmt.Println(sum)
}
