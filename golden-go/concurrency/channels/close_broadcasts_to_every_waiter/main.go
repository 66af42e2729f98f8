package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	start := make(chan struct{})
	seen := make(chan bool, 4)
	for i := 0; i < 4; i++ {
		go func() {
			got := lisette.ChannelReceive(start)
			seen <- got.IsNone()
		}()
	}
	lisette.ChannelClose(start)
	nones := 0
	for i2 := 0; i2 < 4; i2++ {
		subject := lisette.ChannelReceive(seen)
		if subject.Tag == lisette.OptionSome && subject.SomeVal {
			nones += 1
		}
	}
	fmt.Println("woken with None:", nones)
}
