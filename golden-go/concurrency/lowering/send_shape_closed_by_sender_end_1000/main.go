package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	subject := lisette.ChannelSplit(make(chan int))
	tx := subject.First
	rx := subject.Second
	go func() {
		for i := 0; i < 1000; i++ {
			tx <- i
		}
		close(tx)
	}()
	sum := 0
	for v := range rx {
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
