package main

import "fmt"

func main() {
	input := make(chan int, 10)
	for i := 1; i <= 7; i++ {
		input <- i
	}
	close(input)
	batch := []int{}
	finished := false
	for !finished {
		select {
		case v, ok := <-input:
			if ok {
				batch = append(batch, v)
				if len(batch) == 3 {
					fmt.Println("batch", batch)
					batch = []int{}
				}
			} else {
				finished = true
			}
		}
	}
	if !(len(batch) == 0) {
		fmt.Println("rest", batch)
	}
}
