package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	start := make(chan struct{})
	seen := make(chan bool, 4)
	for i := 0; i < 4; i++ {
		go func() {
			got := lisette.ChannelReceive(start)
			seen <- got.IsNone()
		}()
	}
	close(start)
	nones := 0
	for i2 := 0; i2 < 4; i2++ {
		received, ok := <-seen
		if ok && received {
			nones += 1
		}
	}
	fmt.Println("woken with None:", nones)
}
