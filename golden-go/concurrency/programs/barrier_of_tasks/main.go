package main

import "fmt"

func main() {
	arrived := make(chan struct{}, 3)
	release := make(chan struct{})
	phase_two := make(chan int, 3)
	for id := 0; id < 3; id++ {
		go func() {
			arrived <- struct{}{}
			<-release
			phase_two <- id
		}()
	}
	for i := 0; i < 3; i++ {
		<-arrived
	}
	fmt.Println("all arrived, in phase two:", len(phase_two))
	close(release)
	sum := 0
	for i2 := 0; i2 < 3; i2++ {
		id, ok := <-phase_two
		if ok {
			sum += id
		}
	}
	fmt.Println("ids", sum)
}
