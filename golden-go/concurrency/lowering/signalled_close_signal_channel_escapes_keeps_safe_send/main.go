package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func signal(done chan struct{}) {
	done <- struct{}{}
}

func main() {
	out := make(chan int, 4)
	done := make(chan struct{}, 2)
	go func() {
		_ = lisette.ChannelSend(out, 1)
		_ = lisette.ChannelSend(out, 2)
		signal(done)
	}()
	go func() {
		<-done
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}
