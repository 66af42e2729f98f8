package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func risky(n int) int {
	defer fmt.Println("risky cleanup for", n)
	if n > 2 {
		panic(fmt.Sprintf("too big: %v", n))
	}
	return n * 10
}

func main() {
	ok := lisette.RecoverBlock(func() int {
		return risky(1)
	})
	fmt.Println(ok)
	failed := lisette.RecoverBlock(func() int {
		return risky(5)
	})
	fmt.Println("recover returned")
	if failed.Tag == lisette.ResultOk {
		v := failed.OkVal
		fmt.Println("value", v)
	} else {
		pv := failed.ErrVal
		fmt.Println("recovered:", pv.Message())
	}
}
