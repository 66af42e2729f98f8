package main

import "fmt"

func pick(name string, ch chan int) chan int {
	fmt.Println("operand", name)
	return ch
}

func value(n int) int {
	fmt.Println("value", n)
	return n
}

func main() {
	full := make(chan int, 1)
	full <- 0
	room := make(chan int, 1)
	empty := make(chan int)
	select {
	case pick("full", full) <- value(1):
		fmt.Println("sent to full")
	case <-pick("empty", empty):
		fmt.Println("received from empty")
	case pick("room", room) <- value(2):
		fmt.Println("sent to room")
	}
	fmt.Println(len(full), len(room))
}
