package main

import "fmt"

func main() {
	data := make(chan int)
	close(data)
	other := make(chan string)
	go func() {
		other <- "other arm"
	}()
	var rc chan int = data
retry:
	select {
	case v, ok := <-rc:
		if !ok {
			rc = nil
			goto retry
		}
		fmt.Println("data", v)
	case s, ok2 := <-other:
		if ok2 {
			fmt.Println(s)
		} else {
			fmt.Println("other closed")
		}
	}
}
