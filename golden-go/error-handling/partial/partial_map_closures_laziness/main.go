package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ok := lisette.MakePartialOk[int, string](1)
	err := lisette.MakePartialErr[int, string]("e")
	m1 := lisette.PartialMap(err, func(n int) int {
		fmt.Println("map called")
		return n + 1
	})
	m2 := lisette.PartialMapErr(ok, func(e string) int {
		fmt.Println("map_err called")
		return len(e)
	})
	fmt.Println(m1)
	fmt.Println(m2)
}
