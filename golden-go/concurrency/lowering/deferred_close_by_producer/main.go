package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	go func() {
		defer close(ch)
		for i := 1; i <= 5; i++ {
			ch <- i * i
		}
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
