package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	ch <- 1
	ch <- 1
	ch <- 1
	ch <- 1
	close(ch)
	seen := 0
	for {
		var got int
		var rc chan int = ch
	retry:
		select {
		case v, ok := <-rc:
			if !ok {
				rc = nil
				goto retry
			}
			got = v
		default:
			got = -1
		}
		if got < 0 {
			break
		}
		seen += got
	}
	fmt.Println("sum", seen)
}
