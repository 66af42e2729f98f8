package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int)
	stopped := make(chan int)
	go func() {
		sent := 0
		for lisette.ChannelSend(ch, sent) {
			sent += 1
		}
		stopped <- sent
	}()
	for i := 0; i < 4; i++ {
		<-ch
	}
	close(ch)
	fmt.Println("producer stopped after", lisette.ChannelReceive(stopped))
}
