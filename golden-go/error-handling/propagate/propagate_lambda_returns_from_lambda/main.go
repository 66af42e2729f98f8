package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	double_first := func(xs []int) lisette.Option[int] {
		opt := lisette.SliceGet(xs, 0)
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		first := opt.SomeVal
		return lisette.MakeOptionSome[int](first * 2)
	}
	fmt.Println(double_first([]int{4, 5}))
	fmt.Println(double_first([]int{}))
	fmt.Println("main continues")
}
