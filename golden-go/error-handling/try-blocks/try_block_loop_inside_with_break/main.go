package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func first_above(xs []int, limit int) lisette.Option[int] {
	found := func() lisette.Option[int] {
		i := 0
		for {
			opt := lisette.SliceGet(xs, i)
			if opt.Tag != lisette.OptionSome {
				return lisette.MakeOptionNone[int]()
			}
			v := opt.SomeVal
			if v > limit {
				return lisette.MakeOptionSome[int](v)
			}
			i += 1
		}
	}()
	return found
}

func main() {
	fmt.Println(first_above([]int{3, 14, 8}, 10))
	fmt.Println(first_above([]int{1, 2}, 10))
}
