package main

import "fmt"

func main() {
	var small int8 = -5
	var largest uint64 = 18446744073709551615
	var full byte = 255
	letter := 'A'
	hex := 0x10
	fmt.Println(small, largest, full, letter, hex, -0)
}
