package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	calls := 0
	double := func(n int) int {
		calls += 1
		return n * 2
	}
	a := lisette.MakeOptionSome[int](4)
	b := lisette.MakeOptionNone[int]()
	fmt.Println(lisette.OptionMap(a, double))
	fmt.Println(lisette.OptionMap(b, double))
	fmt.Println(calls)
}
