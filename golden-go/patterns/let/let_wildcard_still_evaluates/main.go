package main

import "fmt"

func record(event string) int {
	fmt.Println("recorded", event)
	return len(event)
}

func main() {
	_ = record("login")
	_, second := record("a"), record("bcd")
	fmt.Println(second)
}
