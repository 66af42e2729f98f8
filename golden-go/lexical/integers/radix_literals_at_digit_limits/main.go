package main

import "fmt"

func main() {
	fmt.Println(0o7, 0o77, 0777, 0b1, 0b11, 0xF, 0xf, 0x0)
}
