package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	var rc chan int = never
retry:
	select {
	case v, ok := <-rc:
		if !ok {
			rc = nil
			goto retry
		}
		fmt.Println("value", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}
}
