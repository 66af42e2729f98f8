package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

func main() {
	temps := []int{18, 21, 19}
	fmt.Println(slices.ContainsFunc(temps, func(t int) bool {
		return t > 20
	}), lisette.SliceAll(temps, func(t int) bool {
		return t > 20
	}))
	fmt.Println(slices.ContainsFunc(temps, func(t int) bool {
		return t > 30
	}), lisette.SliceAll(temps, func(t int) bool {
		return t > 10
	}))
}
