package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func player(name string, input <-chan int, out chan<- int) {
	for ball := range input {
		_ = lisette.SenderSend(out, ball+1)
	}
	fmt.Println(name, "leaves")
	lisette.SenderClose(out)
}

func main() {
	subject := lisette.ChannelSplit(make(chan int))
	ping_tx := subject.First
	ping_rx := subject.Second
	subject2 := lisette.ChannelSplit(make(chan int))
	pong_tx := subject2.First
	pong_rx := subject2.Second
	go player("pong", ping_rx, pong_tx)
	ball := 0
	for i := 0; i < 50; i++ {
		_ = lisette.SenderSend(ping_tx, ball)
		b, ok := <-pong_rx
		if ok {
			ball = b
		} else {
			fmt.Println("unexpected close")
		}
	}
	lisette.SenderClose(ping_tx)
	last := lisette.ReceiverReceive(pong_rx)
	fmt.Println("ball:", ball)
	fmt.Println(last)
}
