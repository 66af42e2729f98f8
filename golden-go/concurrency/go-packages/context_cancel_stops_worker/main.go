package main

import (
	"context"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	subject := lisette.MakeTuple2(context.WithCancel(context.Background()))
	ctx := subject.First
	cancel := subject.Second
	jobs := make(chan int)
	results := make(chan int)
	stopped := make(chan string)
	go func() {
	loop:
		for {
			select {
			case j, ok := <-jobs:
				if ok {
					results <- j + 100
				} else {
					break loop
				}
			case <-ctx.Done():
				break loop
			}
		}
		stopped <- "worker stopped"
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println(lisette.ChannelReceive(results))
	}
	cancel()
	fmt.Println(lisette.ChannelReceive(stopped))
}
