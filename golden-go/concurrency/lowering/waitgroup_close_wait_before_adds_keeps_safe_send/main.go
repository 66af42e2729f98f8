package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

func main() {
	out := make(chan int, 4)
	closed := make(chan struct{})
	wg := sync.WaitGroup{}
	go func() {
		wg.Wait()
		close(out)
		closed <- struct{}{}
	}()
	<-closed
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = lisette.ChannelSend(out, 1)
		fmt.Println("worker finished")
	}()
	wg.Wait()
	fmt.Println("received:", lisette.ChannelReceive(out))
}
