package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func worker(jobs <-chan int, results chan<- int, done chan<- struct{}) {
	for j := range jobs {
		_ = lisette.SenderSend(results, j*j)
	}
	done <- struct{}{}
}

func main() {
	subject := lisette.ChannelSplit(make(chan int, 3))
	job_tx := subject.First
	job_rx := subject.Second
	subject2 := lisette.ChannelSplit(make(chan int, 3))
	res_tx := subject2.First
	res_rx := subject2.Second
	subject3 := lisette.ChannelSplit(make(chan struct{}))
	done_tx := subject3.First
	done_rx := subject3.Second
	for i := 0; i < 5; i++ {
		go worker(job_rx, res_tx, done_tx)
	}
	for j := 0; j < 3; j++ {
		job_tx <- j
	}
	close(job_tx)
	for i2 := 0; i2 < 5; i2++ {
		<-done_rx
	}
	close(res_tx)
	total := 0
	n := 0
	for r := range res_rx {
		total += r
		n += 1
	}
	fmt.Println("results:", n)
	fmt.Println("sum of squares:", total)
}
