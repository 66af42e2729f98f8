package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := lisette.MakePartialOk[int, string](3)
	b := lisette.MakePartialBoth[int, string](2, "eof")
	c := lisette.MakePartialErr[int, string]("bad")
	fmt.Println(lisette.PartialMap(a, func(n int) int {
		return n * 100
	}))
	fmt.Println(lisette.PartialMap(b, func(n int) int {
		return n * 100
	}))
	fmt.Println(lisette.PartialMap(c, func(n int) int {
		return n * 100
	}))
	fmt.Println(lisette.PartialMap(b, func(n int) string {
		return fmt.Sprintf("%v rows", n)
	}))
}
