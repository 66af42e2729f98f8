package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

func main() {
	out := make(chan int, 8)
	wg := sync.WaitGroup{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			_ = lisette.ChannelSend(out, i*i)
			wg.Done()
		}()
	}
	wg.Wait()
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println(sum)
}
