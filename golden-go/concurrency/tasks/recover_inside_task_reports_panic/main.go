package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func risky(n int) int {
	if n == 3 {
		panic("three is not allowed")
	}
	return n * 2
}

func main() {
	report := make(chan string)
	for _, n := range []int{1, 3} {
		go func() {
			r := lisette.RecoverBlock(func() int {
				return risky(n)
			})
			if r.Tag == lisette.ResultOk {
				v := r.OkVal
				report <- fmt.Sprintf("ok %v", v)
			} else {
				pv := r.ErrVal
				report <- fmt.Sprintf("panic: %v", pv.Message())
			}
		}()
		fmt.Println(lisette.ChannelReceive(report))
	}
}
