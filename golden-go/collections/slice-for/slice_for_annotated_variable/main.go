package main

import "fmt"

func main() {
	sizes := []int{3, 4}
	area := 1
	for _, s := range sizes {
		area *= s
	}
	fmt.Println(area)
}
