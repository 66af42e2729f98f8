package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	subject := lisette.ChannelSplit(ch)
	rx := subject.Second
	for v := range rx {
		if v%2 == 0 {
			continue
		}
		if v > 6 {
			break
		}
		fmt.Println(v)
	}
	fmt.Println("left:", len(ch))
}
