package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Hub struct {
	inbox chan string
	outs  []chan int
}

func (v Hub) String() string {
	return "Hub { inbox: " + lisette.FormatValue(v.inbox) + ", outs: " + lisette.FormatValue(v.outs) + " }"
}

func main() {
	hub := Hub{inbox: make(chan string, 3), outs: []chan int{make(chan int, 1), make(chan int, 1)}}
	copy_ := hub
	copy_.inbox <- "hi"
	for i, ch := range hub.outs {
		ch <- i * 10
	}
	fmt.Println(lisette.ChannelReceive(hub.inbox))
	fmt.Println(lisette.ChannelReceive(copy_.outs[0]), lisette.ChannelReceive(copy_.outs[1]))
}
