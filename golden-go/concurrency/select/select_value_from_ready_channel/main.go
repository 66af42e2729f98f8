package main

import "fmt"

func poll(ch chan int) string {
	select {
	case v, ok := <-ch:
		if ok {
			return fmt.Sprintf("value %v", v)
		} else {
			return "closed"
		}
	default:
		return "nothing yet"
	}
}

func main() {
	ch := make(chan int, 1)
	fmt.Println(poll(ch))
	ch <- 4
	fmt.Println(poll(ch))
	close(ch)
	fmt.Println(poll(ch))
}
