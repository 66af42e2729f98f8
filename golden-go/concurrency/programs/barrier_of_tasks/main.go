package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	arrived := make(chan struct{}, 3)
	release := make(chan struct{})
	phase_two := make(chan int, 3)
	for id := 0; id < 3; id++ {
		go func() {
			_ = lisette.ChannelSend(arrived, struct{}{})
			<-release
			phase_two <- id
		}()
	}
	for i := 0; i < 3; i++ {
		<-arrived
	}
	fmt.Println("all arrived, in phase two:", len(phase_two))
	lisette.ChannelClose(release)
	sum := 0
	for i2 := 0; i2 < 3; i2++ {
		subject := lisette.ChannelReceive(phase_two)
		if subject.Tag == lisette.OptionSome {
			id := subject.SomeVal
			sum += id
		}
	}
	fmt.Println("ids", sum)
}
