package main

import "fmt"

func move_disks(count int, from, to, spare string) int {
	if count == 0 {
		return 0
	}
	before := move_disks(count-1, from, spare, to)
	fmt.Printf("move disk %v from %v to %v\n", count, from, to)
	after := move_disks(count-1, spare, to, from)
	return before + 1 + after
}

func main() {
	moves := move_disks(3, "A", "C", "B")
	fmt.Printf("%v moves\n", moves)
}
