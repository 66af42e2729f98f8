package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func produce(ch chan int, n int, done chan struct{}) {
	lisette.UntilClosed(func() {
		for i := 0; i < n; i++ {
			ch <- i * 10
		}
	})
	done <- struct{}{}
}

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go produce(ch, 1000000, done)
	sum := 0
	for i2 := 0; i2 < 3; i2++ {
		v, ok := <-ch
		if ok {
			sum += v
		}
	}
	close(ch)
	<-done
	fmt.Println("received", sum, "then stopped the producer")
	words := []string{"a", "b", "c"}
	out := make(chan string, 8)
	for _, w := range words {
		out <- w + "!"
	}
	close(out)
	lisette.UntilClosed(func() {
		for _, w := range words {
			out <- w
		}
	})
	fmt.Println(len(out))
}
