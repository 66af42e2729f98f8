package main

import "fmt"

func main() {
	fmt.Println(capacity_left(40))
}

func capacity_left(used int) int {
	return CAPACITY - used
}

const CAPACITY = SHELVES * PER_SHELF

const SHELVES = 4

const PER_SHELF = 25
