package main

import "fmt"

func main() {
	sorted := []int{3, 8, 13, 21, 34}
	mid := len(sorted) / 2
	fmt.Println(sorted[mid], sorted[mid-1]+sorted[mid+1])
}
