package main

import "fmt"

func door(locked, open bool) string {
	if locked {
		if open {
			return "impossible"
		}
		return "locked"
	}
	if open {
		return "open"
	}
	return "closed"
}

func main() {
	fmt.Println(door(true, false))
	fmt.Println(door(false, true))
	fmt.Println(door(false, false))
	fmt.Println(door(true, true))
}
