package main

import "fmt"

func main() {
	capacity := 1
	resizes := 0
	for capacity < 100 {
		capacity *= 2
		resizes += 1
		fmt.Printf("capacity %v\n", capacity)
	}
	fmt.Printf("%v resizes\n", resizes)
}
