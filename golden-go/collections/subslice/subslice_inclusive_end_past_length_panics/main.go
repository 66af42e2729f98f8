package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{1, 2, 3}
	end := len(xs)
	fmt.Println(lisette.SliceRange(xs, 0, end-1+1))
	fmt.Println(xs[0 : end+1 : end+1])
}
