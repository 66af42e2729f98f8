package main

import "fmt"

func main() {
	quit := make(chan struct{})
	close(quit)
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case <-quit:
			n += 1
		}
	}
	fmt.Println("quit seen", n, "times")
}
