package main

import "fmt"

func main() {
	never := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			<-never
			fmt.Println("never printed", i)
		}()
	}
	fmt.Println("main done")
}
