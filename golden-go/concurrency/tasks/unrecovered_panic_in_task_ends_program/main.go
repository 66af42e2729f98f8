package main

import "fmt"

func main() {
	never := make(chan struct{})
	fmt.Println("starting")
	go func() {
		panic("worker failed")
	}()
	<-never
	fmt.Println("not reached")
}
