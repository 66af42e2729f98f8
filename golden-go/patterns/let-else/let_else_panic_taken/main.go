package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func require(v lisette.Option[int]) int {
	if v.Tag != lisette.OptionSome {
		panic("value required")
	}
	x := v.SomeVal
	return x
}

func main() {
	fmt.Println(require(lisette.MakeOptionSome[int](4)))
	fmt.Println(require(lisette.MakeOptionNone[int]()))
	fmt.Println("unreachable")
}
