package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ok := lisette.MakeResultOk[int, string](2)
	err := lisette.MakeResultErr[int, string]("x")
	m1 := lisette.ResultMapErr(ok, func(e string) int {
		fmt.Println("map_err called")
		return len(e)
	})
	m2 := lisette.ResultMap(err, func(n int) int {
		fmt.Println("map called")
		return n * 2
	})
	fmt.Println(m1)
	fmt.Println(m2)
	m3 := lisette.ResultMapErr(err, func(e string) int {
		fmt.Println("map_err called")
		return len(e)
	})
	fmt.Println(m3)
}
