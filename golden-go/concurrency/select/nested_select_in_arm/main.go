package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	select {
	case x, ok := <-a:
		if ok {
			select {
			case b <- x + 1:
				fmt.Println("forwarded", x+1)
			default:
				fmt.Println("b full")
			}
		} else {
			fmt.Println("a closed")
		}
	}
	fmt.Println(lisette.ChannelReceive(b))
}
