package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	log := make(chan string, 10)
	done := make(chan struct{})
	go func() {
		defer func() {
			_ = lisette.ChannelSend(log, "deferred")
			done <- struct{}{}
		}()
		_ = lisette.ChannelSend(log, "body")
		if len(log) > 0 {
			return
		}
		_ = lisette.ChannelSend(log, "unreachable")
	}()
	<-done
	close(log)
	for line := range log {
		fmt.Println(line)
	}
}
