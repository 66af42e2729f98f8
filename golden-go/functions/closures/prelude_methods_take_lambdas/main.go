package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

func main() {
	maybe := lisette.MakeOptionSome[int](4)
	missing := lisette.MakeOptionNone[int]()
	fmt.Println(lisette.OptionMap(maybe, func(x int) int {
		return x * 2
	}), missing.UnwrapOrElse(func() int {
		return -1
	}))
	r := lisette.MakeResultErr[int, string]("disk full")
	fmt.Println(lisette.ResultMapErr(r, func(e string) string {
		return fmt.Sprintf("write failed: %v", e)
	}))
	temps := []int{12, 25, 31, 8}
	fmt.Println(lisette.SliceFind(temps, func(t int) bool {
		return t > 30
	}), slices.ContainsFunc(temps, func(t int) bool {
		return t < 0
	}), lisette.SliceAll(temps, func(t int) bool {
		return t < 40
	}))
}
