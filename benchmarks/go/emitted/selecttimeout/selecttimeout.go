package selecttimeout

import (
	"fmt"
	"time"
)

func Run(n int) int {
	data := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			data <- i
		}
	}()
	sum := 0
	timeouts := 0
	for i2 := 0; i2 < n; i2++ {
		select {
		case v, ok := <-data:
			if ok {
				sum += v
			}
		case <-time.After(time.Second):
			timeouts += 1
		}
	}
	return sum + timeouts
}

func main() {
	fmt.Println(Run(1000))
}
