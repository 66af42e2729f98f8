package main

import "fmt"

func zero_fill(xs []int) {
	for i, end := 0, len(xs); i < end; i++ {
		xs[i] = 0
	}
}

func clear_all(xs []int) {
	zero_fill(xs)
}

func main() {
	data := []int{1, 2, 3}
	clear_all(data)
	fmt.Println(data)
}
