package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func finish(ch chan int) {
	lisette.ChannelClose(ch)
}

func main() {
	ch := make(chan int, 1)
	lisette.UntilClosed(func() {
		for i := 0; i < 1; i++ {
			ch <- i
		}
	})
	finish(ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
	spare := make(chan string, 1)
	finish_text(spare)
}

func finish_text(ch chan string) {
	lisette.ChannelClose(ch)
	fmt.Println(lisette.ChannelSend(ch, "late"))
}
