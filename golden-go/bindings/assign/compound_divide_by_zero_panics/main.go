package main

import "fmt"

func main() {
	total := 120
	shares := 0
	fmt.Println("splitting")
	total /= shares
	fmt.Println(total)
}
