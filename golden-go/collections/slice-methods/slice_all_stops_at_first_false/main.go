package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{2, 4, 5, 6}
	even := lisette.SliceAll(xs, func(x int) bool {
		fmt.Printf("test %v\n", x)
		return x%2 == 0
	})
	fmt.Println(even)
}
