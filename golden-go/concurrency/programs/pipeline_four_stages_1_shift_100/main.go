package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func generate(n int, out chan<- int) {
	lisette.UntilClosed(func() {
		for i, more := 1, 1 <= n; more; i, more = i+1, i < n {
			out <- i
		}
	})
	lisette.SenderClose(out)
}

func square(input <-chan int, out chan<- int) {
	for v := range input {
		_ = lisette.SenderSend(out, v*v)
	}
	lisette.SenderClose(out)
}

func shift(input <-chan int, by int, out chan<- int) {
	for v := range input {
		_ = lisette.SenderSend(out, v+by)
	}
	lisette.SenderClose(out)
}

func keep_even(input <-chan int, out chan<- int) {
	for v := range input {
		if v%2 == 0 {
			_ = lisette.SenderSend(out, v)
		}
	}
	lisette.SenderClose(out)
}

func main() {
	subject := lisette.ChannelSplit(make(chan int))
	a_tx := subject.First
	a_rx := subject.Second
	subject2 := lisette.ChannelSplit(make(chan int))
	b_tx := subject2.First
	b_rx := subject2.Second
	subject3 := lisette.ChannelSplit(make(chan int))
	c_tx := subject3.First
	c_rx := subject3.Second
	subject4 := lisette.ChannelSplit(make(chan int))
	d_tx := subject4.First
	d_rx := subject4.Second
	go generate(1, a_tx)
	go square(a_rx, b_tx)
	go shift(b_rx, 100, c_tx)
	go keep_even(c_rx, d_tx)
	kept := []int{}
	for v := range d_rx {
		kept = append(kept, v)
	}
	fmt.Println(kept)
}
