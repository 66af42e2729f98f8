package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	subject := lisette.ChannelSplit(make(chan int, 3))
	tx := subject.First
	rx := subject.Second
	go func() {
		tx <- 1
		tx <- 2
		tx <- 3
		close(tx)
	}()
	total := 0
	for v := range rx {
		total += v
	}
	fmt.Println(total)
}
