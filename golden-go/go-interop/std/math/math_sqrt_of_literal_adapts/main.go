package main

import (
	"fmt"
	"math"
)

func main() {
	n := 16
	fmt.Println(math.Sqrt(16.0), math.Sqrt(float64(n)), math.Pow(2.0, 0.5) == math.Sqrt2)
}
