package main

import "fmt"

func main() {
	fmt.Println("above")
	fmt.Println()
	fmt.Println("below")
}
