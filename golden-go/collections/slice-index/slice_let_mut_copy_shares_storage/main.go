package main

import "fmt"

func main() {
	original := []int{1, 2, 3}
	alias := original
	alias[0] = 100
	fmt.Println(original, alias)
}
