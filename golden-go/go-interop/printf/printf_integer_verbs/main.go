package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%b %o %x %X\n", n, n, n, n)
	negative := -42
	fmt.Printf("%d %x %v\n", negative, negative, negative)
	var level uint8 = 7
	fmt.Printf("%03d%%\n", level)
}
