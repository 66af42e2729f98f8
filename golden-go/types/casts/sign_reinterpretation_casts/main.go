package main

import "fmt"

func main() {
	var level uint8 = 200
	signed := int8(level)
	back := uint8(signed)
	widened := int(signed)
	zero_extended := int(level)
	var minus_one int8 = -1
	fmt.Println(signed, back, widened, zero_extended, uint16(minus_one), uint64(minus_one))
}
