package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		fmt.Println("send", i, lisette.ChannelSend(ch, i))
	}
	lisette.ChannelClose(ch)
	lisette.ChannelClose(ch)
	fmt.Println("after close:", lisette.ChannelSend(ch, 99))
	got := []int{}
	for v := range ch {
		got = append(got, v)
	}
	fmt.Println(got, lisette.ChannelReceive(ch), lisette.ChannelReceive(ch))
}
