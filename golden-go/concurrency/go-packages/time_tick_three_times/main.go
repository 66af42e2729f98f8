package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := time.Tick(time.Millisecond)
	n := 0
	for range ticks {
		n += 1
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks:", n)
}
