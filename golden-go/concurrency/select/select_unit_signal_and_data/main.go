package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	done := make(chan int)
	go func() {
		sum := 0
	loop:
		for {
			select {
			case v, ok := <-data:
				if ok {
					sum += v
				} else {
					break loop
				}
			case <-quit:
				break loop
			}
		}
		done <- sum
	}()
	for v := 1; v <= 4; v++ {
		data <- v
	}
	close(quit)
	fmt.Println(lisette.ChannelReceive(done))
}
