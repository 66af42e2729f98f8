package main

import (
	"fmt"
	"sync"
)

func main() {
	once := sync.Once{}
	inits := 0
	mu := sync.Mutex{}
	seen := 0
	wg := sync.WaitGroup{}
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			once.Do(func() {
				inits += 1
			})
			mu.Lock()
			seen += 1
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("initialised:", inits)
	fmt.Println("callers:", seen)
}
