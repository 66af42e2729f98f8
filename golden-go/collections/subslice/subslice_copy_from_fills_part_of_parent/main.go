package main

import "fmt"

func main() {
	frame := []int{0, 0, 0, 0, 0, 0}
	payload := []int{7, 8, 9}
	written := copy(frame[2:4:4], payload)
	fmt.Println(written, frame)
}
