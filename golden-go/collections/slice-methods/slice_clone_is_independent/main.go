package main

import (
	"fmt"
	"slices"
)

func main() {
	original := []int{1, 2, 3}
	copy_ := slices.Clone(original)
	copy_[0] = 100
	original[2] = 300
	fmt.Println(original, copy_)
}
