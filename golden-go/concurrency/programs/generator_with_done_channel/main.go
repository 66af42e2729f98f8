package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func naturals(out chan<- int, done <-chan struct{}) {
	n := 0
loop:
	for {
		select {
		case out <- n:
			n += 1
		case <-done:
			break loop
		}
	}
	lisette.SenderClose(out)
}

func main() {
	subject := lisette.ChannelSplit(make(chan int))
	out_tx := subject.First
	out_rx := subject.Second
	done := make(chan struct{})
	subject2 := lisette.ChannelSplit(done)
	done_rx := subject2.Second
	go naturals(out_tx, done_rx)
	taken := []int{}
	for v := range out_rx {
		taken = append(taken, v)
		if len(taken) == 5 {
			break
		}
	}
	close(done)
	fmt.Println(taken)
}
