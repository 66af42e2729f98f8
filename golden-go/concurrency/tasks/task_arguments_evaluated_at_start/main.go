package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func report(n int, out chan int) {
	out <- n
}

func main() {
	out := make(chan int)
	n := 1
	go report(n, out)
	n = 2
	fmt.Println(lisette.ChannelReceive(out), n)
}
