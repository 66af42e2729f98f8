package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func total(xs []int) int {
	fmt.Println("computing total")
	return lisette.SliceFold(xs, 0, func(acc, x int) int {
		return acc + x
	})
}

func report(n int) {
	fmt.Println("total was", n)
}

func main() {
	items := []int{4, 5, 6}
	defer report(total(items))
	fmt.Println("after defer")
}
