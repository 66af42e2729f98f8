package main

import "fmt"

func main() {
	counter := 0
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 9; i++ {
			counter += i
		}
		done <- struct{}{}
	}()
	<-done
	fmt.Println(counter)
}
