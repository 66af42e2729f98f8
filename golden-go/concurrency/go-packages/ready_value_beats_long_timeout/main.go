package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string, 1)
	ch <- "ready"
	timeout := time.After(time.Hour)
	select {
	case v, ok := <-ch:
		if ok {
			fmt.Println(v)
		} else {
			fmt.Println("closed")
		}
	case <-timeout:
		fmt.Println("timed out")
	}
}
