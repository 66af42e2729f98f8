package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	step := func(n int) lisette.Result[int, string] {
		fmt.Printf("step on %v\n", n)
		return lisette.MakeResultOk[int, string](n + 1)
	}
	a := lisette.MakeResultOk[int, string](1)
	b := lisette.MakeResultErr[int, string]("early failure")
	fmt.Println(lisette.ResultAndThen(a, step))
	fmt.Println(lisette.ResultAndThen(b, step))
}
