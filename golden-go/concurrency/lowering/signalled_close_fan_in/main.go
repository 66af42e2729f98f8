package main

import "fmt"

func main() {
	merged := make(chan int, 8)
	done := make(chan struct{}, 4)
	for p := 0; p < 4; p++ {
		go func() {
			for i := 0; i < 25; i++ {
				merged <- p*25 + i
			}
			done <- struct{}{}
		}()
	}
	go func() {
		for i2 := 0; i2 < 4; i2++ {
			<-done
		}
		close(merged)
	}()
	sum := 0
	count := 0
	for v := range merged {
		sum += v
		count += 1
	}
	fmt.Println(count, sum)
}
