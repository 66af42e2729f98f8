package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var b uint8 = 0b1001_0110
	fmt.Printf("%08b rotl3=%08b rotr1=%08b rev=%08b\n", b, bits.RotateLeft8(b, 3), bits.RotateLeft8(b, -1), bits.Reverse8(b))
	var w uint32 = 0x12345678
	fmt.Printf("%08x -> %08x\n", w, bits.RotateLeft32(w, 8))
	var h uint16 = 0xABCD
	fmt.Printf("%04x -> %04x\n", h, bits.ReverseBytes16(h))
	fmt.Println(bits.Reverse16(uint16(1)))
}
