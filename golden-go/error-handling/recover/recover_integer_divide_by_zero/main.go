package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func average(total, count int) int {
	return total / count
}

func main() {
	for _, c := range []int{4, 0} {
		r := lisette.RecoverBlock(func() int {
			return average(20, c)
		})
		if r.Tag == lisette.ResultOk {
			v := r.OkVal
			fmt.Printf("average %v\n", v)
		} else {
			pv := r.ErrVal
			fmt.Printf("failed: %v\n", pv.Message())
		}
	}
}
