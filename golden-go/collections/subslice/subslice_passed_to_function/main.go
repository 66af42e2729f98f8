package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func sum(xs []int) int {
	return lisette.SliceFold(xs, 0, func(acc, x int) int {
		return acc + x
	})
}

func main() {
	monthly := []int{100, 200, 300, 400, 500, 600}
	fmt.Println(sum(monthly[:3:3]), sum(monthly[3:len(monthly):len(monthly)]))
}
