package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := make(chan int, 8)
	wg := sync.WaitGroup{}
	for i := 1; i <= 4; i++ {
		wg.Go(func() {
			squares <- i * i
		})
	}
	go func() {
		wg.Wait()
		close(squares)
	}()
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println(sum)
}
