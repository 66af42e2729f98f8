package main

import "fmt"

func squares(jobs_count, workers int) int {
	jobs := make(chan int, 16)
	results := make(chan int, 16)
	done := make(chan bool)
	for i2 := 0; i2 < workers; i2++ {
		go func() {
			for j := range jobs {
				results <- j * j
			}
			done <- true
		}()
	}
	go func() {
		for i, more := 1, 1 <= jobs_count; more; i, more = i+1, i < jobs_count {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		for i3 := 0; i3 < workers; i3++ {
			<-done
		}
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	return sum
}

func main() {
	fmt.Println(squares(10, 3))
	fmt.Println(squares(100, 8))
	fmt.Println(squares(0, 2))
}
