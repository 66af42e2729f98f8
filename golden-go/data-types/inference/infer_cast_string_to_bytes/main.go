package main

import "fmt"

func main() {
	word := "hé!"
	bytes := []byte(word)
	fmt.Println(bytes)
	fmt.Println(len(bytes), len(word))
	u8s := []uint8("AZ")
	fmt.Println(u8s)
}
