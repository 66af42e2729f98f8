package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func produce(id, count int, out, done chan<- int) {
	lisette.UntilClosed(func() {
		for i := 0; i < count; i++ {
			out <- id*100 + i
		}
	})
	_ = lisette.SenderSend(done, id)
}

func main() {
	merged := make(chan int)
	subject := lisette.ChannelSplit(merged)
	out := subject.First
	input := subject.Second
	finished := make(chan int, 10)
	subject2 := lisette.ChannelSplit(finished)
	done_tx := subject2.First
	done_rx := subject2.Second
	for p := 0; p < 10; p++ {
		go produce(p, 10, out, done_tx)
	}
	go func() {
		for i2 := 0; i2 < 10; i2++ {
			<-done_rx
		}
		close(out)
	}()
	sum := 0
	count := 0
	for v := range input {
		sum += v
		count += 1
	}
	fmt.Println(count, sum)
}
