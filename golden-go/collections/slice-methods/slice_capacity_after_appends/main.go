package main

import "fmt"

func main() {
	xs := []int{}
	fmt.Println(cap(xs))
	for i := 0; i < 10; i++ {
		xs = append(xs, i)
	}
	fmt.Println(len(xs), cap(xs) >= len(xs))
}
