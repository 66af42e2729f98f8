package main

import (
	"fmt"
	"sync"
)

func main() {
	once := sync.Once{}
	inits := 0
	wg := sync.WaitGroup{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				inits += 1
			})
		}()
	}
	wg.Wait()
	fmt.Println("initialised", inits, "time(s)")
}
