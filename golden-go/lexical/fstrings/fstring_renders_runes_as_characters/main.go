package main

import "fmt"

func main() {
	initial := 'G'
	code := int(initial)
	var raw byte = 71
	next := initial + 1
	fmt.Printf("rune %c, int %v, byte %v, next %c\n", initial, code, raw, next)
	fmt.Println(initial, next)
}
