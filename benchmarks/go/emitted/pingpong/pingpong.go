package pingpong

import "fmt"

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
		b, ok := <-pong
		if ok {
			ball = b
		}
	}
	close(ping)
	return ball
}

func main() {
	fmt.Println(Run(1000))
}
