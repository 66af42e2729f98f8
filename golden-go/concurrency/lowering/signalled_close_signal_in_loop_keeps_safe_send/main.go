package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	out := make(chan int, 16)
	done := make(chan struct{}, 16)
	go func() {
		for i := 0; i < 3; i++ {
			_ = lisette.ChannelSend(out, i)
			done <- struct{}{}
		}
	}()
	go func() {
		for i2 := 0; i2 < 3; i2++ {
			<-done
		}
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}
