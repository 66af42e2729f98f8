package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func pos(label string, n int) int {
	fmt.Println(label)
	return n
}

func pick() []int {
	fmt.Println("slice")
	return []int{10, 20, 30, 40}
}

func main() {
	part := lisette.SliceRange(pick(), pos("start", 1), pos("end", 3))
	fmt.Println(part)
}
