package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func sum_first_four(xs []int) lisette.Option[int] {
	i := 0
	sum := 0
	for i < 4 {
		opt := lisette.SliceGet(xs, i)
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		sum += opt.SomeVal
		i += 1
	}
	return lisette.MakeOptionSome[int](sum)
}

func main() {
	fmt.Println(sum_first_four([]int{1, 2, 3, 4, 5}))
	fmt.Println(sum_first_four([]int{1, 2}))
}
