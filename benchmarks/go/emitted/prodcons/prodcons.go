package prodcons

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func Run(n int) int {
	ch := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		lisette.ChannelClose(ch)
	}()
	sum := 0
	for {
		subject := lisette.ChannelReceive(ch)
		if subject.Tag != lisette.OptionSome {
			break
		}
		v := subject.SomeVal
		sum += v
	}
	return sum
}

func main() {
	fmt.Println(Run(1000))
}
