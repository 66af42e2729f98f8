package main

import "fmt"

func main() {
	var letter byte = 'A'
	var accent byte = 'é'
	var euro int = '€'
	var wide uint16 = '€'
	fmt.Println(letter, accent, euro, wide)
	fmt.Printf("%T %T %T\n", letter, euro, wide)
}
