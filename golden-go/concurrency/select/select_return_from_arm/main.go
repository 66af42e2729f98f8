package main

import "fmt"

func first_even(ch chan int) int {
	for {
		select {
		case v, ok := <-ch:
			if ok {
				if v%2 == 0 {
					return v
				}
			} else {
				return -1
			}
		}
	}
}

func main() {
	ch := make(chan int, 5)
	for _, v := range []int{3, 5, 8, 9, 10} {
		ch <- v
	}
	fmt.Println(first_even(ch))
	close(ch)
	fmt.Println(first_even(ch))
	fmt.Println(first_even(ch))
}
