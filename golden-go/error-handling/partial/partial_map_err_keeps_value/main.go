package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := lisette.MakePartialOk[int, string](3)
	b := lisette.MakePartialBoth[int, string](2, "eof")
	c := lisette.MakePartialErr[int, string]("bad")
	fmt.Println(lisette.PartialMapErr(a, func(e string) int {
		return len(e)
	}))
	fmt.Println(lisette.PartialMapErr(b, func(e string) int {
		return len(e)
	}))
	fmt.Println(lisette.PartialMapErr(c, func(e string) int {
		return len(e)
	}))
}
