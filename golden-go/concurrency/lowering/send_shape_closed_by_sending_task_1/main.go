package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 2)
	go func() {
		for i := 0; i < 1; i++ {
			ch <- i
		}
		close(ch)
	}()
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
