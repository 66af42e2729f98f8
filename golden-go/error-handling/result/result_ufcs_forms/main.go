package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	r := lisette.MakeResultOk[int, string](10)
	e := lisette.MakeResultErr[int, string]("nope")
	fmt.Println(lisette.ResultMap(r, func(n int) int {
		return n / 2
	}))
	fmt.Println(r.IsErr())
	fmt.Println(e.UnwrapOr(0))
	fmt.Println(lisette.ResultMapErr(e, func(s string) int {
		return len(s)
	}))
	fmt.Println(e.Ok())
}
