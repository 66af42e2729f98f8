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
	close(tx)
	counts, ok := <-counts_ch
	if ok {
		fmt.Println(counts)
	}
}
