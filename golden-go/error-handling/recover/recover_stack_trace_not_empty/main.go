package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func fail_deep(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return fail_deep(n-1) + 1
}

func main() {
	r := lisette.RecoverBlock(func() int {
		return fail_deep(3)
	})
	if r.Tag == lisette.ResultOk {
		fmt.Println("no panic")
	} else {
		pv := r.ErrVal
		fmt.Println(pv.Message())
		fmt.Println(len(pv.StackTrace()) > 0)
	}
}
