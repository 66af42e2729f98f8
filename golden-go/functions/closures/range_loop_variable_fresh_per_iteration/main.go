package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	squares := []func() int{}
	for i := 1; i < 4; i++ {
		squares = append(squares, func() int {
			return i * i
		})
	}
	values := lisette.SliceMap(squares, func(f func() int) int {
		return f()
	})
	fmt.Println(values)
}
