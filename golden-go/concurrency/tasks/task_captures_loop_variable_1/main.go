package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	results := make(chan int, 1)
	for i := 0; i < 1; i++ {
		go func() {
			results <- i * i
		}()
	}
	sum := 0
	for i2 := 0; i2 < 1; i2++ {
		subject := lisette.ChannelReceive(results)
		if subject.Tag == lisette.OptionSome {
			v := subject.SomeVal
			sum += v
		}
	}
	fmt.Println(sum)
}
