package main

import "fmt"

const FREEZING = 0

const BOILING = 100

func describe(celsius int) string {
	t := celsius
	if t <= FREEZING {
		return "ice"
	}
	t2 := celsius
	if t2 >= BOILING {
		return "steam"
	}
	return "water"
}

func main() {
	fmt.Println(describe(-5), describe(20), describe(100))
}
