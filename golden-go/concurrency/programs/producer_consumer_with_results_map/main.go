package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	subject := lisette.ChannelSplit(make(chan string, 8))
	tx := subject.First
	rx := subject.Second
	counts_ch := make(chan map[string]int)
	go func() {
		counts := map[string]int{}
		for w := range rx {
			counts[w] = counts[w] + 1
		}
		counts_ch <- counts
	}()
	for _, w := range strings.Split("a b a c b a", " ") {
		tx <- w
	}
	lisette.SenderClose(tx)
	subject2 := lisette.ChannelReceive(counts_ch)
	if subject2.Tag == lisette.OptionSome {
		counts := subject2.SomeVal
		fmt.Println(counts)
	}
}
