package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	done := make(chan struct{})
	result := make(chan int, 1)
	go func() {
		result <- 6 * 7
		done <- struct{}{}
	}()
	<-done
	fmt.Println(lisette.ChannelReceive(result))
}
