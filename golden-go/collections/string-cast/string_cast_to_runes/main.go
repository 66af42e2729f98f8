package main

import "fmt"

func main() {
	runes := []rune("Hé!")
	fmt.Println(runes, len(runes))
}
