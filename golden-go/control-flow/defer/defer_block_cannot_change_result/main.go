package main

import "fmt"

func next_ticket() int {
	ticket := 7
	defer func() {
		ticket = 99
		fmt.Println("reset ticket to", ticket)
	}()
	return ticket
}

func main() {
	fmt.Println(next_ticket())
}
