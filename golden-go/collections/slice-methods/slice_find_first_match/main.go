package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	queue := []int{4, 9, 12, 15}
	fmt.Println(lisette.SliceFind(queue, func(n int) bool {
		return n > 8
	}))
	fmt.Println(lisette.SliceFind(queue, func(n int) bool {
		return n > 100
	}))
}
