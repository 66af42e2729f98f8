package selectloop

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func Run(n int) int {
	a := make(chan int, 16)
	b := make(chan int, 16)
	c := make(chan int, 16)
	go func() {
		for i := 0; i < n; i++ {
			a <- i
		}
		lisette.ChannelClose(a)
	}()
	go func() {
		for i := 0; i < n; i++ {
			b <- i
		}
		lisette.ChannelClose(b)
	}()
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		lisette.ChannelClose(c)
	}()
	sum := 0
	open := 3
	a_open := true
	b_open := true
	c_open := true
	for open > 0 {
		select {
		case v, ok := <-a:
			if ok {
				{
					sum += v
				}
			} else {
				if a_open {
					a_open = false
					open -= 1
				}
			}
		case v, ok2 := <-b:
			if ok2 {
				{
					sum += v
				}
			} else {
				if b_open {
					b_open = false
					open -= 1
				}
			}
		case v, ok3 := <-c:
			if ok3 {
				{
					sum += v
				}
			} else {
				if c_open {
					c_open = false
					open -= 1
				}
			}
		default:
		}
	}
	return sum
}

func main() {
	fmt.Println(Run(1000))
}
