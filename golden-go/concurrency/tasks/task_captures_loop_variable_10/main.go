package main

import "fmt"

func main() {
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func() {
			results <- i * i
		}()
	}
	sum := 0
	for i2 := 0; i2 < 10; i2++ {
		v, ok := <-results
		if ok {
			sum += v
		}
	}
	fmt.Println(sum)
}
