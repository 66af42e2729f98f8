package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	subject := lisette.ChannelSplit(make(chan int, 8))
	tx := subject.First
	rx := subject.Second
	for i := 1; i <= 6; i++ {
		tx <- i
	}
	close(tx)
	odd := 0
	for v := range rx {
		if v%2 == 0 {
			continue
		}
		if v > 4 {
			break
		}
		odd += v
	}
	fmt.Println("odd below 5:", odd)
	signals := make(chan struct{}, 2)
	signals <- struct{}{}
	signals <- struct{}{}
	close(signals)
	count := 0
	for range signals {
		count += 1
	}
	fmt.Println("signals:", count)
	first := make(chan string, 2)
	second := make(chan string, 2)
	first <- "a"
	first <- "b"
	second <- "c"
	close(second)
	current := first
	for {
		s, ok := <-current
		if !ok {
			break
		}
		fmt.Println(s)
		current = second
	}
}
