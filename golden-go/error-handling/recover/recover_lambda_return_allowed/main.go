package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	pick := func(xs []int) int {
		for _, x := range xs {
			if x > 10 {
				return x
			}
		}
		panic("no large value")
	}
	a := lisette.RecoverBlock(func() int {
		first := func(xs []int) int {
			if len(xs) == 0 {
				return 0
			}
			return xs[0]
		}
		return first([]int{5, 6}) + pick([]int{4, 12, 30})
	})
	b := lisette.RecoverBlock(func() int {
		return pick([]int{1, 2})
	})
	fmt.Println(a)
	if b.Tag == lisette.ResultOk {
		v := b.OkVal
		fmt.Println(v)
	} else {
		pv := b.ErrVal
		fmt.Println(pv.Message())
	}
}
