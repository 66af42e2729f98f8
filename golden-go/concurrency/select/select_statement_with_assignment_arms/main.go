package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 1)
	ch <- 5
	last := 0
	select {
	case v, ok := <-ch:
		if ok {
			last = v
		} else {
			last = -1
		}
	}
	select {
	case ch <- 8:
		last += 100
	default:
		last = 0
	}
	fmt.Println(last, lisette.ChannelReceive(ch))
}
