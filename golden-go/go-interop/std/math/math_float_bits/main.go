package main

import (
	"fmt"
	"math"
)

func main() {
	bits := math.Float64bits(1.0)
	fmt.Println(bits)
	fmt.Printf("%016x\n", bits)
	fmt.Println(math.Float64frombits(bits+1) > 1.0)
	fmt.Printf("%08x\n", math.Float32bits(float32(-2.0)))
	fmt.Println(math.Float32frombits(uint32(0x40490fdb)))
	fmt.Println(math.Nextafter(1.0, 2.0) - 1.0)
}
