package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	second := &xs[1]
	*second = 20
	fmt.Println(xs)
}
