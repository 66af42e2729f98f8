package main

import "fmt"

func main() {
	ch := make(chan int)
	ack := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
			<-ack
		}
	}()
	for i2 := 0; i2 < 3; i2++ {
		v, ok := <-ch
		if ok {
			fmt.Println("got", v)
		} else {
			fmt.Println("closed")
		}
		ack <- struct{}{}
	}
}
