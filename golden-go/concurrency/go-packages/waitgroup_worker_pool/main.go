package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 20)
	results := make(chan int, 20)
	wg := sync.WaitGroup{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 3
			}
		}()
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
}
