package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func bounds(xs []int) lisette.Tuple3[int, int, int] {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return lisette.Tuple3[int, int, int]{First: xs[0], Second: xs[len(xs)-1], Third: sum}
}

func main() {
	data := []int{4, 9, 1, 6}
	fmt.Println(bounds(data).Third, bounds(data).First*10)
}
