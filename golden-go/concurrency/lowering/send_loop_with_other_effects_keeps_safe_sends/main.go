package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 2)
	delivered := 0
	for i := 0; i < 5; i++ {
		if i == 2 {
			lisette.ChannelClose(ch)
		}
		if lisette.ChannelSend(ch, i) {
			delivered += 1
		}
	}
	fmt.Println("delivered", delivered)
	closed := make(chan int, 1)
	close(closed)
	source := make(chan int, 3)
	source <- 1
	source <- 2
	source <- 3
	close(source)
	for v := range source {
		_ = lisette.ChannelSend(closed, v)
	}
	fmt.Println("drained", len(source))
	d := 0
	for i := 0; i < 1; i++ {
		_ = lisette.ChannelSend(closed, i/(d+1))
	}
	fmt.Println("done")
}
