package main

import "fmt"

func main() {
	var start uint8 = 250
	var top uint8 = 255
	visited := 0
	for b, more := start, start <= top; more; b, more = b+1, b < top {
		fmt.Println(b)
		visited += 1
	}
	fmt.Printf("visited %v\n", visited)
	var low int8 = 125
	for c, more2 := low, low <= 127; more2; c, more2 = c+1, c < 127 {
		fmt.Println(c)
	}
}
