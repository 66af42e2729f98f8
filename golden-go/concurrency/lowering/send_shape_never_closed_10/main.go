package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 10)
	go func() {
		for i := 0; i < 10; i++ {
			ch <- i
		}
	}()
	sum := 0
	for i2 := 0; i2 < 10; i2++ {
		v, ok := <-ch
		if ok {
			sum += v
		}
	}
	fmt.Println(sum)
	spare := make(chan string, 1)
	finish_text(spare)
}

func finish_text(ch chan string) {
	lisette.ChannelClose(ch)
	fmt.Println(lisette.ChannelSend(ch, "late"))
}
