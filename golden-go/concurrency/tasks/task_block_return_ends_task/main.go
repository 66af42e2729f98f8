package main

import "fmt"

func main() {
	out := make(chan int, 5)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			if i == 3 {
				done <- struct{}{}
				return
			}
			out <- i
		}
	}()
	<-done
	fmt.Println(len(out))
}
