package main

import "fmt"

func main() {
	var count int64 = 2
	for i := int64(0); i < count; i++ {
		fmt.Printf("%T %v\n", i, i)
	}
	var first uint8 = 250
	for b := first; b <= 251; b++ {
		fmt.Printf("%T %v\n", b, b)
	}
}
