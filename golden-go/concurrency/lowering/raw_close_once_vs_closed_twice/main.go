package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func close_it(ch chan string) {
	lisette.ChannelClose(ch)
}

func main() {
	once := make(chan int, 2)
	once <- 1
	close(once)
	twice := make(chan bool, 1)
	for i := 0; i < 2; i++ {
		lisette.ChannelClose(twice)
	}
	shared := make(chan string, 1)
	close_it(shared)
	close_it(shared)
	fmt.Println(lisette.ChannelReceive(once), lisette.ChannelReceive(once), lisette.ChannelReceive(twice), lisette.ChannelReceive(shared))
}
