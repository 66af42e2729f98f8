package main

import "fmt"

func main() {
	var empty uint8 = 0
	var full uint8 = 255
	var counter uint = 0
	var big uint32 = 4000000000
	fmt.Println(empty-1, full+1, counter-1, big*2, full*full)
}
