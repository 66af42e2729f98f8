package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	r1 := lisette.MakeResultOk[string, string]("hello")
	r2 := lisette.MakeResultErr[string, string]("io")
	fmt.Println(lisette.ResultMapOr(r1, 0, func(s string) int {
		return len(s)
	}))
	fmt.Println(lisette.ResultMapOr(r2, 0, func(s string) int {
		return len(s)
	}))
}
