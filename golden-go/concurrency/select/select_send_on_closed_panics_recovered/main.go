package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 1)
	close(ch)
	r := lisette.RecoverBlock(func() lisette.Result[int, error] {
		select {
		case ch <- 1:
			return lisette.ResultOf(fmt.Println("sent"))
		}
	})
	if r.Tag == lisette.ResultOk {
		fmt.Println("no panic")
	} else {
		pv := r.ErrVal
		fmt.Println("panic:", pv.Message())
	}
}
