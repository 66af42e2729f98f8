package main

import "fmt"

func main() {
	out := make(chan int, 6)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			go func() {
				out <- i
				out <- i * 10
			}()
		}
		done <- struct{}{}
	}()
	<-done
	sum := 0
	for i2 := 0; i2 < 6; i2++ {
		v, ok := <-out
		if ok {
			sum += v
		}
	}
	fmt.Println(sum)
}
