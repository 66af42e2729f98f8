package main

import "fmt"

func main() {
	white := 0xFFFFFF
	mask := 0xff
	magic := 0xDeadBeef
	grouped := 0x_7F_FF
	fmt.Println(white, mask, magic, grouped)
}
