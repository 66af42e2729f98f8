package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := []int{0, 0, 0, 0, 0, 0}
	wg := sync.WaitGroup{}
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(squares)
}
