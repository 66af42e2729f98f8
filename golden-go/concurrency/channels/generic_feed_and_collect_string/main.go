package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func feed[T any](values []T) <-chan T {
	subject := lisette.ChannelSplit(make(chan T, len(values)))
	tx := subject.First
	rx := subject.Second
	lisette.UntilClosed(func() {
		for _, v := range values {
			tx <- v
		}
	})
	lisette.SenderClose(tx)
	return rx
}

func collect[T any](rx <-chan T) []T {
	out := []T{}
	for v := range rx {
		out = append(out, v)
	}
	return out
}

func main() {
	values := []string{"a", "b"}
	fmt.Println(collect(feed(values)))
}
