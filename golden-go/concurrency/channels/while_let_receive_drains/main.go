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
		lisette.SenderClose(tx)
	}()
	total := 0
	for {
		subject2 := lisette.ReceiverReceive(rx)
		if subject2.Tag != lisette.OptionSome {
			break
		}
		v := subject2.SomeVal
		total += v
	}
	fmt.Println(total)
}
