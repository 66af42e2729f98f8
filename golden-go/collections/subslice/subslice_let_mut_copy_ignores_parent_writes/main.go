package main

import (
	"fmt"
	"slices"
)

func main() {
	buffer := []int{1, 1, 1}
	snapshot := slices.Clone(buffer[:len(buffer):len(buffer)])
	buffer[0] = 9
	snapshot[2] = 5
	fmt.Println(buffer, snapshot)
}
