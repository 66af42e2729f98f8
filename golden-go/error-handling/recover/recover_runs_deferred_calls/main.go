package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func transaction(fail bool) int {
	defer fmt.Println("transaction closed")
	fmt.Println("transaction opened")
	if fail {
		panic("write failed")
	}
	return 7
}

func main() {
	a := lisette.RecoverBlock(func() int {
		return transaction(false)
	})
	fmt.Println(a)
	b := lisette.RecoverBlock(func() int {
		return transaction(true)
	})
	fmt.Println("after recover")
	if b.Tag == lisette.ResultOk {
		v := b.OkVal
		fmt.Println(v)
	} else {
		pv := b.ErrVal
		fmt.Println(pv.Message())
	}
}
