package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	out := make(chan int, 8)
	done := make(chan struct{}, 3)
	gate := make(chan struct{})
	report := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			_ = lisette.ChannelSend(out, i)
			done <- struct{}{}
		}()
	}
	go func() {
		<-gate
		_ = lisette.ChannelSend(out, 99)
		report <- true
		done <- struct{}{}
	}()
	for i2 := 0; i2 < 2; i2++ {
		<-done
	}
	close(out)
	gate <- struct{}{}
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Println("late producer finished:", lisette.ChannelReceive(report))
}
