package main

import (
	"fmt"
	"math"
)

func main() {
	r := 2.0
	fmt.Printf("%.5f\n", math.Pi*r*r)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32+1, math.MaxUint8, math.MaxInt8, math.MinInt8)
	fmt.Println(uint64(math.MaxUint64))
	big := uint64(math.MaxUint64)
	fmt.Println(big / 2)
	fmt.Printf("%.3f %.3f %.3f\n", math.E, math.Sqrt2, math.Phi)
	fmt.Println(math.MaxFloat64 > 1e308, math.SmallestNonzeroFloat64 > 0.0)
}
