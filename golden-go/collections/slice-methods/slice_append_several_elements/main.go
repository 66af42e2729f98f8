package main

import "fmt"

func main() {
	deck := []string{"A"}
	deck = append(deck, "K", "Q", "J")
	fmt.Println(deck)
}
