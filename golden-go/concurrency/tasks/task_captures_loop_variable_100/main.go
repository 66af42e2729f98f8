package main

import "fmt"

func main() {
	results := make(chan int, 100)
	for i := 0; i < 100; i++ {
		go func() {
			results <- i * i
		}()
	}
	sum := 0
	for i2 := 0; i2 < 100; i2++ {
		v, ok := <-results
		if ok {
			sum += v
		}
	}
	fmt.Println(sum)
}
