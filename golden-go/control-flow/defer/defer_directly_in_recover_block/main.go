package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	outcome := lisette.RecoverBlock(func() int {
		defer fmt.Println("recover block cleanup")
		fmt.Println("inside recover")
		zero := 0
		return 10 / zero
	})
	fmt.Println("after recover")
	if outcome.Tag == lisette.ResultOk {
		v := outcome.OkVal
		fmt.Println("value", v)
	} else {
		pv := outcome.ErrVal
		fmt.Println("caught:", pv.Message())
	}
}
