package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func server(requests <-chan lisette.Tuple2[int, chan<- int]) {
	for item := range requests {
		n := item.First
		reply := item.Second
		reply <- n * n
	}
}

func main() {
	subject := lisette.ChannelSplit(make(chan lisette.Tuple2[int, chan<- int]))
	req_tx := subject.First
	req_rx := subject.Second
	go server(req_rx)
	for _, n := range []int{2, 5, 9} {
		subject2 := lisette.ChannelSplit(make(chan int))
		tx := subject2.First
		rx := subject2.Second
		req_tx <- lisette.Tuple2[int, chan<- int]{First: n, Second: tx}
		fmt.Println(n, lisette.ReceiverReceive(rx))
	}
	close(req_tx)
}
