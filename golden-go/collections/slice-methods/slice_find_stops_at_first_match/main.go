package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	xs := []int{4, 6, 9, 12}
	hit := lisette.SliceFind(xs, func(x int) bool {
		fmt.Printf("visit %v\n", x)
		return x%3 == 0
	})
	fmt.Println(hit)
}
