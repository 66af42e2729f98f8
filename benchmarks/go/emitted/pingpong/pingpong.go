package pingpong

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func Run(n int) int {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	ball := 0
	for i := 0; i < n; i++ {
		ping <- ball
		subject := lisette.ChannelReceive(pong)
		if subject.Tag == lisette.OptionSome {
			b := subject.SomeVal
			ball = b
		}
	}
	lisette.ChannelClose(ping)
	return ball
}

func main() {
	fmt.Println(Run(1000))
}
