package main

import "fmt"

func main() {
	numbers := make(chan int, 6)
	for _, v := range []int{1, 2, 3, 4, 5, 6} {
		numbers <- v
	}
	close(numbers)
	odd_sum := 0
loop:
	for {
		select {
		case v, ok := <-numbers:
			if ok {
				if v%2 == 0 {
					continue
				}
				odd_sum += v
			} else {
				break loop
			}
		}
	}
	fmt.Println(odd_sum)
}
