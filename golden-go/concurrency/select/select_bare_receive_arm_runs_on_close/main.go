package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	quit := make(chan struct{})
	lisette.ChannelClose(quit)
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case <-quit:
			{
				n += 1
			}
		}
	}
	fmt.Println("quit seen", n, "times")
}
