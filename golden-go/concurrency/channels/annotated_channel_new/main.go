package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func fill(ch chan string) {
	ch <- "x"
}

func main() {
	a := make(chan int, 2)
	a <- 5
	b := make(chan string, 1)
	fill(b)
	fmt.Println(lisette.ChannelReceive(a), lisette.ChannelReceive(b), cap(a))
}
