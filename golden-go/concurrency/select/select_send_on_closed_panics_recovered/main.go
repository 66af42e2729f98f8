package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 1)
	lisette.ChannelClose(ch)
	r := lisette.RecoverBlock(func() struct{} {
		select {
		case ch <- 1:
			fmt.Println("sent")
		}
		return struct{}{}
	})
	if r.Tag == lisette.ResultOk {
		fmt.Println("no panic")
	} else {
		pv := r.ErrVal
		fmt.Println("panic:", pv.Message())
	}
}
