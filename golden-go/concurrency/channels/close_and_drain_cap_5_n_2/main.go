package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan string, 5)
	go func() {
		for i := 0; i < 2; i++ {
			ch <- fmt.Sprintf("item-%v", i)
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println(v)
	}
	fmt.Println("drained")
	fmt.Println(lisette.ChannelReceive(ch))
	fmt.Println(lisette.ChannelSend(ch, "late"))
}
