package main

import "fmt"

func main() {
	ch := make(chan int, 0)
	for i := 0; i < 2; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
loop:
	for {
		select {
		case v, ok := <-ch:
			if ok {
				fmt.Println("got", v)
			} else {
				break loop
			}
		default:
			fmt.Println("empty")
			break loop
		}
	}
}
