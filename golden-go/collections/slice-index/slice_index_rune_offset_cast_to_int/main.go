package main

import "fmt"

func main() {
	counts := []int{0, 0, 0}
	for _, c := range "abcabca" {
		slot := int((c - 'a'))
		counts[slot] += 1
	}
	fmt.Println(counts)
}
