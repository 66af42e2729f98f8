package main

import "fmt"

func main() {
	result := make(chan int, 1)
	go_ahead := make(chan struct{})
	go func() {
		<-go_ahead
		result <- 99
	}()
	var first int
	var rc chan int = result
retry:
	select {
	case v, ok := <-rc:
		if !ok {
			rc = nil
			goto retry
		}
		first = v
	default:
		first = -1
	}
	fmt.Println("before signal:", first)
	go_ahead <- struct{}{}
	got := -1
	for got < 0 {
		var rc2 chan int = result
	retry2:
		select {
		case v, ok2 := <-rc2:
			if !ok2 {
				rc2 = nil
				goto retry2
			}
			got = v
		default:
			got = -1
		}
	}
	fmt.Println("after signal:", got)
}
