package main

import "fmt"

func report(ch chan int) {
	fmt.Println(len(ch), cap(ch), len(ch) == 0)
}

func main() {
	ch := make(chan int, 8)
	report(ch)
	for i := 0; i < 8; i++ {
		ch <- i
		report(ch)
	}
	drained := 0
	for !(len(ch) == 0) {
		<-ch
		drained += 1
	}
	fmt.Println("drained", drained, len(ch))
}
