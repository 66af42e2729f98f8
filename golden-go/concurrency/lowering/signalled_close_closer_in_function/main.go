package main

import "fmt"

func main() {
	out := make(chan string, 4)
	done := make(chan int, 2)
	go func() {
		out <- "a"
		out <- "b"
		done <- 1
	}()
	go func() {
		out <- "c"
		done <- 2
	}()
	for i := 0; i < 2; i++ {
		<-done
	}
	close(out)
	items := []string{}
	for s := range out {
		items = append(items, s)
	}
	fmt.Println(len(items))
}
