package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	hits := atomic.Int64{}
	wg := sync.WaitGroup{}
	for i := 0; i < 16; i++ {
		wg.Go(func() {
			for i2 := 0; i2 < 1000; i2++ {
				_ = hits.Add(int64(1))
			}
		})
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())
}
