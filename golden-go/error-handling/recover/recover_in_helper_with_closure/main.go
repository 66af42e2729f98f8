package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func attempt(label string, f func(int) int, x int) lisette.Result[int, lisette.PanicValue] {
	fmt.Printf("trying %v\n", label)
	return lisette.RecoverBlock(func() int {
		return f(x)
	})
}

func main() {
	halve := func(n int) int {
		if n%2 != 0 {
			panic(fmt.Sprintf("%v is odd", n))
		}
		return n / 2
	}
	a := attempt("10", halve, 10)
	b := attempt("7", halve, 7)
	fmt.Println(lisette.ResultMapErr(a, func(pv lisette.PanicValue) string {
		return pv.Message()
	}))
	fmt.Println(lisette.ResultMapErr(b, func(pv lisette.PanicValue) string {
		return pv.Message()
	}))
}
