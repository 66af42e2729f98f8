package main

import "fmt"

func main() {
	top := uint8(255)
	bottom := int8(-128)
	letter := byte('A')
	ratio := float64(3.0)
	fmt.Println(top, bottom, letter, ratio/2.0)
	fmt.Printf("%T %T %T %T\n", top, bottom, letter, ratio)
}
