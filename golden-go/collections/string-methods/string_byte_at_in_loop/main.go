package main

import "fmt"

func main() {
	msg := "ABC"
	sum := 0
	for i, end := 0, len(msg); i < end; i++ {
		sum += int(msg[i])
	}
	fmt.Println(sum)
}
