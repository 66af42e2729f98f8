package closedrain

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func Run(n int) int {
	ch := make(chan int, 256)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		lisette.ChannelClose(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	return sum
}

func main() {
	fmt.Println(Run(1000))
}
