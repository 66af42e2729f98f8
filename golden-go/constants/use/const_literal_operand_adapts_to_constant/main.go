package main

import "fmt"

const RATE = 1.5

const WIDTH int64 = 40

func main() {
	doubled := RATE * 2.0
	padded := WIDTH + 2
	area := float64(WIDTH) * RATE
	fmt.Println(doubled, padded, area)
}
