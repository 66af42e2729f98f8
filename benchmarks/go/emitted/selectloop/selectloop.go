package selectloop

import (
	"fmt"
	"runtime"
)

func Run(n int) int {
	a := make(chan int, 16)
	b := make(chan int, 16)
	c := make(chan int, 16)
	go func() {
		for i := 0; i < n; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < n; i++ {
			b <- i
		}
	}()
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	sum := 0
	got := 0
	for got < 3*n {
		select {
		case v, ok := <-a:
			if ok {
				sum += v
				got += 1
			}
		case v, ok2 := <-b:
			if ok2 {
				sum += v
				got += 1
			}
		case v, ok3 := <-c:
			if ok3 {
				sum += v
				got += 1
			}
		default:
			runtime.Gosched()
		}
	}
	return sum
}

func main() {
	fmt.Println(Run(1000))
}
