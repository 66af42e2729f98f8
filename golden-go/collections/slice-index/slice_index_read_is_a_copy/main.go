package main

import "fmt"

func main() {
	counts := []int{1, 2}
	first := counts[0]
	first += 10
	fmt.Println(first, counts)
}
