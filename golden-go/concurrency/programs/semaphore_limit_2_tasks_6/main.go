package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	slots := make(chan struct{}, 2)
	finished := make(chan int, 6)
	peak := make(chan int, 6)
	for id := 0; id < 6; id++ {
		go func() {
			slots <- struct{}{}
			peak <- len(slots)
			finished <- id
			<-slots
		}()
	}
	ids := 0
	for i := 0; i < 6; i++ {
		subject := lisette.ChannelReceive(finished)
		if subject.Tag == lisette.OptionSome {
			id := subject.SomeVal
			ids += id
		}
	}
	max_seen := 0
	for i2 := 0; i2 < 6; i2++ {
		subject2 := lisette.ChannelReceive(peak)
		if subject2.Tag == lisette.OptionSome {
			n := subject2.SomeVal
			if n > max_seen {
				max_seen = n
			}
		}
	}
	fmt.Println("ids:", ids)
	fmt.Println("never above limit:", max_seen <= 2)
}
