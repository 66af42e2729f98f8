package main

import "fmt"

func main() {
	deltas := []int8{-1, 0, 127, -128}
	first := deltas[0]
	fmt.Println(deltas, first+deltas[2])
}
