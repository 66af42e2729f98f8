package main

import "fmt"

const OFFSET = -12

const FLIPPED = -OFFSET * 2

const SPAN = (FLIPPED - OFFSET) / 4

const ENABLED = !(SPAN > 100)

func main() {
	fmt.Println(OFFSET, FLIPPED, SPAN, ENABLED)
}
