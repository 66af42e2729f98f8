package main

import "fmt"

func main() {
	slots := make(chan struct{}, 1)
	finished := make(chan int, 3)
	peak := make(chan int, 3)
	for id := 0; id < 3; id++ {
		go func() {
			slots <- struct{}{}
			peak <- len(slots)
			finished <- id
			<-slots
		}()
	}
	ids := 0
	for i := 0; i < 3; i++ {
		id, ok := <-finished
		if ok {
			ids += id
		}
	}
	max_seen := 0
	for i2 := 0; i2 < 3; i2++ {
		n, ok2 := <-peak
		if ok2 {
			if n > max_seen {
				max_seen = n
			}
		}
	}
	fmt.Println("ids:", ids)
	fmt.Println("never above limit:", max_seen <= 1)
}
