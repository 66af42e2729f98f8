package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 8)
	results := make(chan int, 8)
	wg := sync.WaitGroup{}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 10
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	go func() {
		for j := 1; j <= 12; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	sum := 0
	count := 0
	for r := range results {
		sum += r
		count += 1
	}
	fmt.Println(count, sum)
}
